import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/workspace';
import { buildFixture, RECORDS, writeGbkCsv, writeWorkbook } from './io/layout/announcement-fixture';
import { commit, register, storedRecords, type Committed, type Preview } from './announcements-fixtures';

const VALID_USCC = '91350200776049653A';
const NOW = () => new Date('2026-03-01T02:00:00Z');

describe.each([
  ['xls', () => writeWorkbook(buildFixture(false), 'xls'), '2013年第4批.xls', false],
  ['xlsx', () => writeWorkbook(buildFixture(false), 'xlsx'), '2013年第4批.xlsx', false],
  ['GBK CSV', () => writeGbkCsv(buildFixture(true)), '2013年第4批.csv', true],
] as const)('importing a published result table as %s with no template and no options', (_format, build, fileName, csv) => {
  const fixture = buildFixture(csv);
  let b: TestBackend;
  let s: string;
  let p: Preview;
  let done: Committed;
  let linkedTo: number;

  beforeAll(async () => {
    b = await testBackend({ now: NOW });
    s = await b.login('officer');
    linkedTo = await register(b, s, 900, '闽厦某某电器有限公司', '福建省厦门市', VALID_USCC);
    await register(b, s, 1, '湘001电器有限公司', '湖南省长沙市');
    p = (await b.value('announcements:preview', { kind: 'spot-checks', fileName, contentBase64: build().toString('base64') }, s)) as Preview;
    done = await commit(b, s, p.previewId);
  });
  afterAll(() => b.cleanup());

  it('finds every data row and nothing else, and the counts add up', () => {
    expect(p.mode).toBe('records');
    expect(p.counts.rows).toBe(RECORDS);
    expect(p.rows.map((r) => r.row)).toEqual(fixture.expected.map((e) => e.rowNumber));
    expect(p.counts.importable + p.counts.review + p.counts.rejected).toBe(p.counts.rows);
    expect(p.footnotes.map((f) => f.text)).toContain('注：按行政区域排序。');
    expect(p.remembered).toBe(false);
    expect(p.assumptions.join('\n')).toContain('2026-03-01');
  });

  it('rejects only the rows whose firm name the encoding destroyed, each with its reason', () => {
    const damaged = fixture.expected.filter((e) => e.firmDamaged).map((e) => e.rowNumber);
    expect(damaged.length).toBeGreaterThan(0);
    expect(done.rejectedRows.map((r) => r.row)).toEqual(damaged);
    for (const r of done.rejectedRows) expect(r.reasons.map((x) => x.code)).toContain('E_IMPORT_TEXT_DAMAGED');
  });

  it('links by an intact code only, reports damaged codes and never uses them', () => {
    const sure = p.firms.filter((f) => f.verdict === 'sure');
    expect(sure.length).toBeGreaterThan(0);
    for (const f of sure) expect(f).toMatchObject({ via: 'uscc', enterprise: { id: linkedTo } });
    const damagedCode = fixture.expected.filter((e) => e.usccProblem && !e.firmDamaged);
    for (const e of damagedCode) {
      const row = p.rows.find((r) => r.row === e.rowNumber);
      expect(row?.problems.map((x) => x.code), `row ${e.rowNumber}`).toContain(e.usccProblem);
      expect(row?.status).toBe('review');
    }
    // 湘001 is named with a code Excel turned into 9.14E+17: found by name, as a candidate only.
    const firm001 = p.firms.find((f) => f.name === '湘001电器有限公司');
    expect(firm001).toMatchObject({ verdict: 'candidate', via: 'name' });
  });

  it('commits: imported + review + rejected = rows, records keep the source name, place and original text', () => {
    expect(done).toMatchObject({ rows: RECORDS, imported: p.counts.importable, review: p.counts.review, rejected: p.counts.rejected });
    expect(done.imported + done.review + done.rejected).toBe(RECORDS);
    const stored = storedRecords(b, done.batchId);
    expect(stored).toHaveLength(done.imported + done.review);
    expect(stored.filter((r) => r.enterprise_id === linkedTo)).toHaveLength(done.imported);
    const waiting = stored.filter((r) => r.enterprise_id === null).length;
    expect(waiting).toBe(done.review);
    const candidates = b.ws.db.prepare('SELECT count(DISTINCT record_id) FROM match_candidates').pluck().get() as number;
    expect(candidates).toBeGreaterThan(0);
  });

  it('stores the sample values exactly: firm, product, trademark, batch, date with precision, result, failed items, institution', () => {
    const stored = storedRecords(b, done.batchId);
    const kept = fixture.expected.filter((e) => !e.firmDamaged);
    expect(stored).toHaveLength(kept.length);
    for (const [i, e] of kept.entries()) {
      const r = stored[i];
      const d = JSON.parse(r?.details ?? '{}') as Record<string, unknown>;
      const got = {
        firm: r?.subject_name, product: d.productName, trademark: d.trademark ?? '', batch: d.batch ?? '', date: d.productionDate ?? '',
        precision: d.productionDatePrecision ?? '', result: r?.outcome, failedItems: d.failedItems, institution: d.institution,
      };
      const want = { firm: e.firm, product: e.product, trademark: e.trademark, batch: e.batch, date: e.date, precision: e.precision, result: e.result, failedItems: e.failedItems, institution: e.institution };
      expect(got, `row ${e.rowNumber}`).toEqual(want);
      expect(d.notes, `row ${e.rowNumber}`).toContain(`第 ${e.rowNumber} 行`);
      expect(d.sampledOn).toBe('2026-03-01');
    }
  });

  it('writes the follow-up history a failed check implies, a batch row and one audit row', () => {
    const failed = storedRecords(b, done.batchId).find((r) => r.outcome === 'fail');
    const events = b.ws.db.prepare('SELECT event FROM record_events WHERE record_id = ? ORDER BY id').pluck().all(failed?.id) as string[];
    expect(events).toEqual(['sample', 'start-test', 'result-fail']);
    const batch = b.ws.db.prepare('SELECT kind, rows, imported, rejected, status FROM import_batches WHERE id = ?').get(done.batchId);
    expect(batch).toEqual({ kind: 'spot-checks', rows: RECORDS, imported: done.imported + done.review, rejected: done.rejected, status: 'committed' });
    const audit = b.ws.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'announcements:commit'").pluck().get();
    expect(audit).toBe(1);
  });

  it('remembers the confirmed mapping for the layout, and refuses the same file a second time unless asked', async () => {
    const again = (await b.value('announcements:preview', { kind: 'spot-checks', fileName, contentBase64: build().toString('base64') }, s)) as Preview;
    expect(again.remembered).toBe(true);
    expect(again.mapping).toEqual(p.mapping);
    expect(again.alreadyImported?.batchId).toBe(done.batchId);
    const refused = await b.call('announcements:commit', { previewId: again.previewId }, s);
    expect(refused).toMatchObject({ ok: false, error: { code: 'E_ANNOUNCE_ALREADY_IMPORTED' } });
  });
});
