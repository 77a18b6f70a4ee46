import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Enterprise } from '../../src/contract';
import { testBackend, type TestBackend } from '../helpers/workspace';

let b: TestBackend;
let officer: string;
beforeAll(async () => {
  b = await testBackend();
  officer = await b.login('officer');
});
afterAll(() => b.cleanup());

describe('the dossier history', () => {
  it('lists the enterprise’s own changes, field by field, newest first', async () => {
    const e = (await b.value('enterprises:create', { uscc: '91430100MA4L0B2X6T', name: '长沙历史测试有限公司', regionCode: '430104', industryCode: 'C38', status: 'active' }, officer)) as Enterprise;
    await b.value('enterprises:update', { id: e.id, draft: { uscc: e.uscc, name: '长沙历史测试（集团）有限公司', regionCode: '430104', industryCode: 'C38', status: 'active' } }, officer);
    const h = (await b.value('dossier:history', { enterpriseId: e.id }, officer)) as { items: { field: string; before: unknown; after: unknown; action: string }[]; total: number };
    expect(h.total).toBeGreaterThanOrEqual(2);
    expect(h.items[0]).toMatchObject({ action: 'enterprises:update', field: 'name', before: '长沙历史测试有限公司', after: '长沙历史测试（集团）有限公司' });
    expect(h.items.some((i) => i.action === 'enterprises:create' && i.field === 'uscc')).toBe(true);
  });
});
