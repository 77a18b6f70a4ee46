import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/workspace';

let b: TestBackend;
beforeAll(async () => { b = await testBackend({ accounts: false }); });
afterAll(() => b.cleanup());

describe('migration 0011: spot checks by state', () => {
  it('adds the (kind, state) index, and the to-do query of running follow-ups searches it instead of scanning', () => {
    const sql = b.ws.db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'credit_records_kind_state_idx'").pluck().get();
    expect(sql).toBe('CREATE INDEX `credit_records_kind_state_idx` ON `credit_records` (`kind`,`state`)');
    const plan = b.ws.db.prepare(`EXPLAIN QUERY PLAN SELECT * FROM credit_records
      WHERE kind = 'spot-checks' AND deleted_at IS NULL AND state IN ('failed', 'objection', 'retest', 'rectification', 'announced')`).all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING INDEX credit_records_kind_state_idx \(kind=\? AND state=\?\)/);
  });
});
