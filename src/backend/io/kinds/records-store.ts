import { impliedEvents } from '../../../core/spot-checks/implied';
import type Database from 'better-sqlite3';
import { DATE_PRECISIONS, RECORD_EFFECTS, RECORD_OUTCOMES, SEVERITIES, type RecordKind } from '../../../core/records/record';
import type { ErrorCode } from '../../../core/shared/errors';
import { fail } from '../../failure';
import type { KindStore } from '.';
import type { ImportedRecord } from './records';

type Refusal = { code: ErrorCode; message: string };

/**
 * A record links to a firm by its USCC only, and only to one registered here: a name is never
 * enough (domain §8.3 identity resolution), so an unknown code refuses the row.
 */
function existing(kind: RecordKind) {
  return (db: Database.Database): ((key: string) => Refusal | null) => {
    const firm = db.prepare('SELECT id, name, deleted_at AS deletedAt FROM enterprises WHERE uscc = ?');
    const doc = db.prepare('SELECT id FROM credit_records WHERE enterprise_id = ? AND kind = ? AND doc_no = ? AND deleted_at IS NULL');
    return (key) => {
      const [uscc = '', how, docNo] = key.split('|');
      const e = firm.get(uscc) as { id: number; name: string; deletedAt: string | null } | undefined;
      if (!e) return { code: 'E_IMPORT_SUBJECT_UNKNOWN', message: `统一社会信用代码 ${uscc} 未登记：请先登记该企业（记录不按名称匹配企业）` };
      if (e.deletedAt) return { code: 'E_IMPORT_SUBJECT_UNKNOWN', message: `企业“${e.name}”（${uscc}）在回收站中：请先恢复该企业` };
      if (how === 'doc' && doc.get(e.id, kind, docNo)) return { code: 'E_RECORD_DUPLICATE', message: `该企业已有文书号（编号）为“${docNo ?? ''}”的同类记录` };
      return null;
    };
  };
}

const INSERT = `INSERT INTO credit_records (kind, enterprise_id, subject_name, effect, authority, authority_code, doc_no, occurred_on,
  date_precision, ends_on, outcome, severity, state, summary, details, source, created_at, created_by, updated_at, import_batch_id)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'import', ?, ?, ?, ?)`;

function inserter(db: Database.Database, at: string, batchId: number): (r: ImportedRecord) => void {
  const by = db.prepare('SELECT created_by FROM import_batches WHERE id = ?').pluck().get(batchId) as string;
  const firm = db.prepare('SELECT id, name FROM enterprises WHERE uscc = ? AND deleted_at IS NULL');
  const insert = db.prepare(INSERT);
  const event = db.prepare(`INSERT INTO record_events (record_id, event, on_date, note, by_user, at) VALUES (?, ?, ?, '导入时录入', ?, ?)`);
  return ({ uscc, draft: d }) => {
    const e = firm.get(uscc) as { id: number; name: string } | undefined;
    // The preview checked the firm; one deleted since then stops the whole import.
    if (!e) fail('E_IMPORT_SUBJECT_UNKNOWN', `统一社会信用代码 ${uscc} 的企业在预览之后被删除，未导入任何数据，请重新预览`);
    const id = insert.run(d.kind, e.id, e.name, d.effect, d.authority, d.authorityCode, d.docNo, d.occurredOn, d.datePrecision, d.endsOn,
      d.outcome, d.severity, d.state, d.summary, JSON.stringify(d.details), at, by, at, batchId).lastInsertRowid;
    if (d.kind === 'spot-checks') for (const ev of impliedEvents(d.state, d.details)) event.run(id, ev.type, ev.on, by, at);
  };
}

type Row = { uscc: string; name: string; kind: RecordKind; effect: string; authority: string; authorityCode: string | null; docNo: string | null;
  occurredOn: string; datePrecision: string; endsOn: string | null; outcome: string | null; severity: string | null; state: string | null; summary: string; details: string };

const pick = <T extends string>(values: readonly T[], v: string | null): T | null => values.find((x) => x === v) ?? null;

function stored(kind: RecordKind) {
  return function* (db: Database.Database): Generator<ImportedRecord> {
    const rows = db.prepare(`SELECT e.uscc, e.name, r.kind, r.effect, r.authority, r.authority_code AS authorityCode, r.doc_no AS docNo,
      r.occurred_on AS occurredOn, r.date_precision AS datePrecision, r.ends_on AS endsOn, r.outcome, r.severity, r.state, r.summary, r.details
      FROM credit_records r JOIN enterprises e ON e.id = r.enterprise_id
      WHERE r.kind = ? AND r.deleted_at IS NULL AND e.deleted_at IS NULL ORDER BY r.id`).iterate(kind) as IterableIterator<Row>;
    for (const r of rows) {
      yield {
        uscc: r.uscc, subjectName: r.name,
        draft: {
          kind, enterpriseId: null, personId: null, productId: null, effect: pick(RECORD_EFFECTS, r.effect) ?? 'neutral', authority: r.authority,
          authorityCode: r.authorityCode, docNo: r.docNo, occurredOn: r.occurredOn, datePrecision: pick(DATE_PRECISIONS, r.datePrecision) ?? 'day',
          endsOn: r.endsOn, outcome: pick(RECORD_OUTCOMES, r.outcome), severity: pick(SEVERITIES, r.severity), state: r.state, summary: r.summary,
          details: JSON.parse(r.details) as Record<string, unknown>,
        },
      };
    }
  };
}

/** Where records of a kind are kept, for the importer and the exporter. */
export function recordStore(kind: RecordKind): KindStore<ImportedRecord> {
  return { existing: existing(kind), inserter, stored: stored(kind) };
}
