import { describe, expect, it } from 'vitest';
import { entryRows, flattenRow, ROW_FIELDS, ROW_WIDTH, rowAt } from '../../src/backend/services/exchange/in/entry-row';
import { sealRecord } from '../../src/backend/services/publications/record';
import { ExchangeRecordSchema, type ExchangeRecord } from '../../src/core/exchange/record';

const ISSUER = '11430100MB1234567X';
const base = {
  formerIds: ['11430100MB1234567X-serious-dishonesty-0000000'], listType: 'serious-dishonesty', listTypeName: '严重违法失信名单',
  reason: '生产销售不合格产品', legalBasis: '第九条', authority: { name: '湖南省长沙市市场监督管理局', code: ISSUER },
  decisionDocNo: '长市监信〔2026〕1号', listedOn: '2026-03-01', plannedEnd: '2029-03-01',
  history: [{ date: '2026-03-01', transition: 'publish', docNo: null }], provenance: { source: 'local', agencyCode: ISSUER },
};
const record = (more: Record<string, unknown>): ExchangeRecord => ExchangeRecordSchema.parse(sealRecord({ ...base, ...more } as never).record);

const firm = record({
  id: `${ISSUER}-serious-dishonesty-0000001`, status: 'active', removal: null,
  subject: { kind: 'enterprise', name: '长沙某某（集团）电器有限公司', uscc: null, orgCode: 'MA0000001', legalRepresentative: { name: '王某某', idType: null, idNumber: null }, representativeListed: false },
});
const person = record({
  id: `${ISSUER}-serious-dishonesty-0000002`, status: 'removed', removal: { date: '2026-09-01', reason: '信用修复', authority: null },
  subject: { kind: 'person', name: '李某', idType: '身份证', idNumber: '430102********1234' }, authority: { name: null, code: null },
});

describe('entry rows (what the import keeps of a record, made here or on the check thread)', () => {
  it('hold the columns and the subject key of each record', () => {
    const rowOf = entryRows();
    expect(rowOf(firm)).toMatchObject({
      subjectKind: 'enterprise', subjectUscc: null, orgCode: 'MA0000001', authorityName: '湖南省长沙市市场监督管理局', removedOn: null, key: '长沙某某(集团)电器有限公司|湖南',
    });
    expect(JSON.parse(rowOf(firm).basis)).toEqual({
      history: base.history, formerIds: base.formerIds, listTypeName: '严重违法失信名单', orgCode: 'MA0000001', legalRepresentative: { name: '王某某', idType: null, idNumber: null },
    });
    expect(rowOf(person)).toMatchObject({ subjectKind: 'person', subjectUscc: null, orgCode: null, authorityName: null, removedOn: '2026-09-01', removalReason: '信用修复', removalAuthority: null, key: '李某|' });
  });

  it('come back from a flat array member for member, nulls included, at any offset', () => {
    const rowOf = entryRows();
    const rows = [rowOf(firm), rowOf(person), rowOf(firm)];
    const flat: (string | null)[] = [];
    for (const r of rows) flattenRow(r, flat);
    expect(flat).toHaveLength(3 * ROW_WIDTH);
    expect(rows.map((_, i) => rowAt(flat, i * ROW_WIDTH))).toEqual(rows);
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual([...ROW_FIELDS].sort());
  });

  it('write the basis in the schema order whatever order the record object has', () => {
    const reordered = JSON.parse(JSON.stringify(firm, Object.keys(firm).sort().concat(['date', 'docNo', 'transition', 'idNumber', 'idType', 'name', 'kind', 'uscc', 'orgCode', 'legalRepresentative', 'representativeListed', 'code', 'source', 'agencyCode']).sort())) as ExchangeRecord;
    expect(reordered).toEqual(firm);
    expect(entryRows()(reordered).basis).toBe(entryRows()(firm).basis);
  });
});
