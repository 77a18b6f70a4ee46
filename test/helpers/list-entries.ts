import type Database from 'better-sqlite3';

/** One local black-list entry as a test needs it by the thousand. */
export type LocalEntry = { uid: string; name: string; uscc: string; docNo: string; listedOn?: string; plannedEnd?: string };

/**
 * Active local serious-dishonesty entries of one authority, inserted in one transaction straight
 * into list_entries (the life cycle's own steps would take minutes for thousands). Listed on
 * 2026-02-01 for three years unless an entry says otherwise.
 *
 * @example insertLocalEntries(db, '11430100MB1234567X', [{ uid: 'QL-1', name: '某某有限公司', uscc, docNo: '长市监信〔2026〕1号' }])
 */
export function insertLocalEntries(db: Database.Database, authorityCode: string, entries: Iterable<LocalEntry>): void {
  const insert = db.prepare(`INSERT INTO list_entries (entry_uid, list_type, subject_name, subject_uscc, state, source, reason, legal_basis,
    deciding_authority, authority_code, decision_doc_no, listed_on, planned_end, created_at, updated_at)
    VALUES (?, 'serious-dishonesty', ?, ?, 'active', 'local', '生产销售不合格产品，货值金额较大', '《市场监督管理严重违法失信名单管理办法》第九条',
      '长沙市市场监督管理局', ?, ?, ?, ?, '2026-01-01T09:00:00+08:00', '2026-01-01T09:00:00+08:00')`);
  db.transaction(() => {
    for (const e of entries) insert.run(e.uid, e.name, e.uscc, authorityCode, e.docNo, e.listedOn ?? '2026-02-01', e.plannedEnd ?? '2029-02-01');
  })();
}

/** 1 … n. */
export function* upTo(n: number): Generator<number> {
  for (let i = 1; i <= n; i++) yield i;
}
