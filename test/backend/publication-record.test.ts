import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/core/shared/canonical-json';
import { sealRecord, type PublicationRecord } from '../../src/backend/services/publications/record';

type Draft = Omit<PublicationRecord, 'contentSha256'>;

const enterprise: Draft = {
  id: 'QL-0000001', formerIds: [], listType: 'serious-dishonesty', listTypeName: '严重违法失信名单',
  subject: { kind: 'enterprise', name: '长沙某某食品有限公司', uscc: '91430100MA4L0XXX1X', orgCode: 'MA4L0XXX1', legalRepresentative: { name: '张三', idType: '居民身份证', idNumber: '4301**********1234' }, representativeListed: true },
  reason: '生产销售不合格产品，"货值"金额较大\n（第二次）', legalBasis: '《市场监督管理严重违法失信名单管理办法》第九条',
  authority: { name: '长沙市市场监督管理局', code: '11430100MB1234567X' }, decisionDocNo: '长市监信〔2026〕1号',
  listedOn: '2026-01-12', plannedEnd: '2029-01-12', status: 'removed',
  removal: { date: '2026-06-01', reason: '信用修复', authority: null },
  history: [{ date: '2026-01-12', transition: 'publish', docNo: null }], provenance: { source: 'local', agencyCode: '11430100MB1234567X' },
};

describe('a publication record sealed for data/entries.jsonl', () => {
  it.each([
    ['an enterprise with a removal and history', enterprise],
    ['a person, nothing known of the authority', { ...enterprise, subject: { kind: 'person', name: '李四', idType: null, idNumber: null }, authority: { name: null, code: null }, removal: null, history: [] } as Draft],
  ])('%s: the line is the canonical JSON of the record with its digest, the digest that of the record without it', (_, draft) => {
    const { record, line } = sealRecord(draft);
    expect(record.contentSha256).toBe(createHash('sha256').update(canonicalJson(draft), 'utf8').digest('hex'));
    expect(line).toBe(canonicalJson(record));
    expect(JSON.parse(line)).toEqual(record);
  });
});
