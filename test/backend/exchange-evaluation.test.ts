import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Explanation } from '../../src/contract/evaluation';
import { exchangeMatcher } from '../../src/backend/services/exchange/in/match';
import { entryRows } from '../../src/backend/services/exchange/in/entry-row';
import { streamWriter } from '../../src/backend/services/exchange/in/write';
import { sealRecord } from '../../src/backend/services/publications/record';
import { ExchangeRecordSchema } from '../../src/core/exchange/record';
import { RESOURCES, testBackend, type TestBackend } from '../helpers/workspace';
import { insertEnterprise } from './publications-fixtures';

const ISSUER = '11430100MB1234567X';
const USCC = '91440101MA5CJQ4N59';
let b: TestBackend;
let officer: string;
let firm: number;

/** The record another agency sends (formats.md §2), written as an exchange import writes it. */
function receive(status: 'active' | 'removed'): void {
  const { record } = sealRecord({
    id: `${ISSUER}-serious-dishonesty-0000001`, formerIds: [], listType: 'serious-dishonesty', listTypeName: '严重违法失信名单',
    subject: { kind: 'enterprise', name: '广州某某电器有限公司', uscc: USCC, orgCode: null, legalRepresentative: null, representativeListed: false },
    reason: '生产销售不合格产品', legalBasis: '《市场监督管理严重违法失信名单管理办法》第九条', authority: { name: '长沙市市场监督管理局', code: ISSUER },
    decisionDocNo: '长市监信〔2026〕1号', listedOn: '2026-03-01', plannedEnd: '2029-03-01', status,
    removal: status === 'removed' ? { date: '2026-09-01', reason: '信用修复', authority: '长沙市市场监督管理局' } : null,
    history: [{ date: '2026-03-01', transition: 'publish', docNo: '长市监信〔2026〕1号' }], provenance: { source: 'local', agencyCode: ISSUER },
  });
  const r = entryRows()(ExchangeRecordSchema.parse(record));
  const db = b.ws.db;
  const w = streamWriter(db, ISSUER, 'exchange/black', '2026-11-01T09:00:00+08:00');
  w.put(r, exchangeMatcher(db)(r), w.idOf(r.id));
}

const preview = async () => (await b.value('evaluation:preview', { enterpriseId: firm, asOf: '2026-11-01' }, officer)) as Explanation;

beforeAll(async () => {
  b = await testBackend({ now: () => new Date('2026-11-28T02:00:00Z') });
  officer = await b.login('officer');
  // The shipped model, stored first: evaluation:preview on a workspace without any model fails (see report).
  const model = JSON.parse(readFileSync(join(RESOURCES, 'models', 'default-model.json'), 'utf8')) as unknown;
  await b.value('evaluation:model-save', { model }, await b.login('admin'));
  firm = insertEnterprise(b.ws.db, USCC, '广州某某电器有限公司');
}, 120_000);
afterAll(() => b.cleanup());

describe('an external black-list entry in evaluation', () => {
  it('links by code and vetoes the grade as the model says; the issuer\'s removal lifts the veto', async () => {
    const before = await preview();
    expect(before.vetoes).toEqual([]);
    receive('active');
    expect(b.ws.db.prepare("SELECT enterprise_id, match_state FROM list_entries WHERE source = 'exchange'").get()).toEqual({ enterprise_id: firm, match_state: 'linked' });
    const vetoed = await preview();
    expect(vetoed.vetoes.map((v) => v.ruleId)).toEqual(['veto-serious-list']);
    expect(vetoed.grade).not.toBe(before.grade);
    receive('removed');
    const repaired = await preview();
    expect(repaired.vetoes).toEqual([]);
    expect(repaired.grade).toBe(before.grade);
  }, 60_000);
});
