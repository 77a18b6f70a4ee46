import type Database from 'better-sqlite3';
import { PERSON_ROLES } from '../../../contract/persons';
import { maskIdNumber } from '../../../core/persons/id-number';
import { ID_TYPES } from '../../../core/persons/person';
import type { ErrorCode } from '../../../core/shared/errors';
import { fail } from '../../failure';
import type { ExportReader, KindStore } from '.';
import type { ImportedPerson } from './persons';

type Refusal = { code: ErrorCode; message: string };

/** What the first row of a person in a file found; later rows of the same person reuse it. */
type FirstSight = { name: string; refusal: Refusal | null };

/**
 * Rows of one file for the same person (one per appointment) must agree on the name. The
 * person's own check against the database is made once, at its first row: by the time the commit
 * reaches a later row, the first one has registered the person in this very batch.
 */
function existing(db: Database.Database): (key: string) => Refusal | null {
  const person = db.prepare('SELECT id, name, deleted_at AS deletedAt FROM persons WHERE id_type = ? AND id_number = ?');
  const firm = db.prepare('SELECT name, deleted_at AS deletedAt FROM enterprises WHERE uscc = ?');
  const seen = new Map<string, FirstSight>();
  return (key) => {
    const [idType = '', idNumber = '', uscc = '', , , ...rest] = key.split('|');
    const name = rest.join('|');
    const id = `${idType}|${idNumber}`;
    let first = seen.get(id);
    if (!first) {
      const p = person.get(idType, idNumber) as { id: number; name: string; deletedAt: string | null } | undefined;
      const where = p?.deletedAt ? '（已删除，可在回收站恢复）' : '';
      first = {
        name,
        refusal: p ? { code: 'E_PERSON_DUPLICATE', message: `该证件号码已登记为“${p.name}”（编号 ${p.id}）${where}：导入只登记新人员，已登记人员的任职请在人员页面添加` } : null,
      };
      seen.set(id, first);
    } else if (first.name !== name) {
      return { code: 'E_PERSON_DUPLICATE', message: `同一证件号码在本文件前面的行中姓名为“${first.name}”，与本行“${name}”不一致` };
    }
    if (first.refusal) return first.refusal;
    if (uscc === '') return null;
    const e = firm.get(uscc) as { name: string; deletedAt: string | null } | undefined;
    if (!e) return { code: 'E_IMPORT_SUBJECT_UNKNOWN', message: `统一社会信用代码 ${uscc} 未登记：请先登记该企业（人员不按企业名称关联，也不会因此新建企业）` };
    if (e.deletedAt) return { code: 'E_IMPORT_SUBJECT_UNKNOWN', message: `企业“${e.name}”（${uscc}）在回收站中：请先恢复该企业` };
    return null;
  };
}

/**
 * The first row of a person inserts it (tagged with the batch, for undo); every row with a link
 * adds the appointment. The enterprise's own fields are left alone: an import records history,
 * and changing the firm would make the batch impossible to undo cleanly.
 */
function inserter(db: Database.Database, at: string, batchId: number): (p: ImportedPerson) => void {
  // `+import_batch_id` keeps the planner on the ID-number index: the batch index would scan the whole batch per row.
  const mine = db.prepare('SELECT id, name FROM persons WHERE id_type = ? AND id_number = ? AND +import_batch_id = ?');
  const insertPerson = db.prepare(`INSERT INTO persons (name, id_type, id_number, created_at, updated_at, import_batch_id) VALUES (?, ?, ?, ?, ?, ?)`);
  const firm = db.prepare('SELECT id FROM enterprises WHERE uscc = ? AND deleted_at IS NULL').pluck();
  const insertLink = db.prepare(`INSERT INTO enterprise_persons (enterprise_id, person_id, role, from_date, to_date, recorded_at) VALUES (?, ?, ?, ?, ?, ?)`);
  return (p) => {
    const found = mine.get(p.idType, p.idNumber, batchId) as { id: number; name: string } | undefined;
    if (found && found.name !== p.name) fail('E_PERSON_DUPLICATE', `证件号码相同的两行姓名不一致（“${found.name}”与“${p.name}”），未导入任何数据，请重新预览`);
    const personId = found?.id ?? Number(insertPerson.run(p.name, p.idType, p.idNumber, at, at, batchId).lastInsertRowid);
    if (!p.link) return;
    const enterpriseId = firm.get(p.link.uscc) as number | undefined;
    // The preview checked the firm; one deleted since then stops the whole import.
    if (enterpriseId === undefined) fail('E_IMPORT_SUBJECT_UNKNOWN', `统一社会信用代码 ${p.link.uscc} 的企业在预览之后被删除，未导入任何数据，请重新预览`);
    insertLink.run(enterpriseId, personId, p.link.role, p.link.fromDate, p.link.toDate, at);
  };
}

type Row = {
  name: string; idType: string; idNumber: string | null; uscc: string | null; firmName: string | null;
  role: string | null; fromDate: string | null; toDate: string | null;
};

/**
 * One row per appointment at an enterprise not in the trash, or one bare row for a person with
 * none. ID numbers are whole only for administrators, masked for everyone else (issue 3): so only
 * an administrator's export imports again unchanged — a masked row is refused by the importer.
 */
function* stored(db: Database.Database, reader: ExportReader): Generator<ImportedPerson> {
  const rows = db.prepare(`SELECT p.name, p.id_type AS idType, p.id_number AS idNumber, e.uscc, e.name AS firmName,
      l.role, l.from_date AS fromDate, l.to_date AS toDate
    FROM persons p
    LEFT JOIN enterprise_persons l ON l.person_id = p.id AND EXISTS (SELECT 1 FROM enterprises x WHERE x.id = l.enterprise_id AND x.deleted_at IS NULL)
    LEFT JOIN enterprises e ON e.id = l.enterprise_id
    WHERE p.deleted_at IS NULL ORDER BY p.id, l.id`).iterate() as IterableIterator<Row>;
  for (const r of rows) {
    const idNumber = r.idNumber === null ? '' : reader.admin ? r.idNumber : maskIdNumber(r.idNumber);
    const role = PERSON_ROLES.find((x) => x === r.role);
    yield {
      name: r.name, idType: ID_TYPES.find((t) => t === r.idType) ?? '其他', idNumber,
      link: r.uscc && role ? { uscc: r.uscc, ...(r.firmName ? { subjectName: r.firmName } : {}), role, fromDate: r.fromDate, toDate: r.toDate } : null,
    };
  }
}

/** Where persons and their appointments are kept, for the importer and the exporter. */
export const personStore: KindStore<ImportedPerson> = { existing, inserter, stored };
