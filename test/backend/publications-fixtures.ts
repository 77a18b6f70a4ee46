import type Database from 'better-sqlite3';

/** A name that would break naive HTML, CSV and spreadsheet output: it must survive as text everywhere. */
export const HOSTILE_NAME = `=cmd|' /C calc'!A0<script>"测试"</script>有限公司`;

export type EntrySpec = {
  uid: string; name: string; listType?: string; state: string; listedOn?: string | null; removedOn?: string | null;
  uscc?: string | null; source?: string; enterpriseId?: number | null; personId?: number | null;
  /** [event, date, docNo?] in order. */
  events?: [string, string, string?][];
};

const AT = '2026-01-01T09:00:00.000+08:00';

/** An enterprise with a legal representative whose ID number must come out masked. */
export function insertEnterprise(db: Database.Database, uscc: string, name: string, rep?: { name: string; id: string }): number {
  const e = db.prepare(`INSERT INTO enterprises (uscc, name, region_code, industry_code, legal_representative, status, created_at, updated_at)
    VALUES (?, ?, '430100', 'C13', ?, 'active', ?, ?)`).run(uscc, name, rep?.name ?? '', AT, AT);
  const id = Number(e.lastInsertRowid);
  if (rep) {
    const p = db.prepare("INSERT INTO persons (name, id_type, id_number, created_at, updated_at) VALUES (?, '身份证', ?, ?, ?)").run(rep.name, rep.id, AT, AT);
    db.prepare("INSERT INTO enterprise_persons (enterprise_id, person_id, role, from_date, recorded_at) VALUES (?, ?, 'legal_representative', '2020-01-01', ?)")
      .run(id, Number(p.lastInsertRowid), AT);
  }
  return id;
}

export function insertPerson(db: Database.Database, name: string, idNumber: string): number {
  return Number(db.prepare("INSERT INTO persons (name, id_type, id_number, created_at, updated_at) VALUES (?, '身份证', ?, ?, ?)").run(name, idNumber, AT, AT).lastInsertRowid);
}

/** A list entry written directly (the list services are another module's): the row and its dated events. */
export function insertEntry(db: Database.Database, s: EntrySpec): number {
  const r = db.prepare(`INSERT INTO list_entries (entry_uid, list_type, enterprise_id, person_id, subject_name, subject_uscc, state, source, reason,
      legal_basis, deciding_authority, authority_code, decision_doc_no, listed_on, planned_end, removed_on, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, '生产销售不合格产品，货值金额较大', '《市场监督管理严重违法失信名单管理办法》第九条', '长沙市市场监督管理局',
      '11430100MB1234567X', ?, ?, ?, ?, ?, ?)`).run(
    s.uid, s.listType ?? 'serious-dishonesty', s.enterpriseId ?? null, s.personId ?? null, s.name, s.uscc ?? null, s.state, s.source ?? 'local',
    `长市监信〔2025〕${s.uid.slice(-3)}号`, s.listedOn ?? null, s.listedOn ? `${Number(s.listedOn.slice(0, 4)) + 3}${s.listedOn.slice(4)}` : null, s.removedOn ?? null, AT, AT,
  );
  const id = Number(r.lastInsertRowid);
  for (const [event, on, docNo] of s.events ?? []) {
    db.prepare("INSERT INTO list_events (entry_id, event, on_date, by_user, by_role, doc_no, at) VALUES (?, ?, ?, 'reviewer', 'reviewer', ?, ?)").run(id, event, on, docNo ?? null, AT);
  }
  return id;
}

/**
 * The scene the publication tests read, period 2026-01-01 … 2026-06-30: on the list before and
 * throughout (B), added in the period (A, F), removed in it (C), removed before it (D, not
 * published), removed after the cut-off (E, active in this publication), a draft (G), an external
 * entry (H) and a red-list entry (R), none of them published.
 */
export function seedListScene(db: Database.Database): void {
  const a = insertEnterprise(db, '91430100MA4L000011', HOSTILE_NAME);
  const b = insertEnterprise(db, '91430100MA4L000022', '湖南湘江食品有限公司', { name: '王建国', id: '43010219900307123X' });
  insertEntry(db, { uid: 'QL-0001', name: HOSTILE_NAME, uscc: '91430100MA4L000011', enterpriseId: a, state: 'active', listedOn: '2026-03-10', events: [['propose', '2026-01-05'], ['decide', '2026-03-01', '长市监信〔2026〕1号'], ['publish', '2026-03-10']] });
  insertEntry(db, { uid: 'QL-0002', name: '湖南湘江食品有限公司', uscc: '91430100MA4L000022', enterpriseId: b, state: 'active', listedOn: '2025-05-20' });
  insertEntry(db, { uid: 'QL-0003', name: '长沙星城电器有限公司', uscc: '91430100MA4L000033', state: 'removed', listedOn: '2025-02-01', removedOn: '2026-04-01', events: [['publish', '2025-02-01'], ['request-early-removal', '2026-02-15'], ['approve-removal', '2026-04-01', '长市监信〔2026〕9号']] });
  insertEntry(db, { uid: 'QL-0004', name: '株洲老城建材有限公司', uscc: '91430200MA4L000044', state: 'expired', listedOn: '2022-06-01', removedOn: '2025-06-01', events: [['publish', '2022-06-01'], ['expire', '2025-06-01']] });
  insertEntry(db, { uid: 'QL-0005', name: '湘潭锦绣纺织有限公司', uscc: '91430300MA4L000055', state: 'removed', listedOn: '2025-09-01', removedOn: '2026-08-01', events: [['publish', '2025-09-01'], ['approve-removal', '2026-08-01']] });
  insertEntry(db, { uid: 'QL-0006', name: '李某某', personId: insertPerson(db, '李某某', '430102198501011234'), state: 'active', listedOn: '2026-05-05' });
  insertEntry(db, { uid: 'QL-0007', name: '岳阳草稿有限公司', state: 'draft', events: [['propose', '2026-06-01']] });
  insertEntry(db, { uid: 'XX-0008', name: '外省某公司', source: 'external', state: 'active', listedOn: '2026-02-02' });
  insertEntry(db, { uid: 'QL-R-0009', name: '红榜企业有限公司', listType: 'red', state: 'active', listedOn: '2026-02-02' });
}
