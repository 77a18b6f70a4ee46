import type Database from 'better-sqlite3';
import type { EnterpriseFields, EnterpriseStatus } from '../../../core/enterprises/enterprise';
import type { ErrorCode } from '../../../core/shared/errors';

/** Matching is by USCC only: a firm with the same name but another code is another firm. */
export function storedUscc(db: Database.Database): (uscc: string) => { code: ErrorCode; message: string } | null {
  const find = db.prepare('SELECT name, deleted_at AS deletedAt FROM enterprises WHERE uscc = ?');
  return (uscc) => {
    const row = find.get(uscc) as { name: string; deletedAt: string | null } | undefined;
    if (!row) return null;
    // The code stays taken while the firm is in the trash; restoring it is a decision for a person.
    const where = row.deletedAt ? '（已删除，可在回收站恢复）' : '';
    return { code: 'E_USCC_DUPLICATE', message: `该统一社会信用代码已登记为“${row.name}”${where}` };
  };
}

const INSERT = `INSERT INTO enterprises (uscc, uscc_check_ack, name, region_code, industry_code, legal_representative,
  address, status, created_at, updated_at, org_code, registration_region_code, import_batch_id)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** One prepared statement for all rows: the ORM's per-row builder is far slower on large files. */
export function enterpriseInserter(db: Database.Database, at: string, batchId: number): (e: EnterpriseFields) => void {
  const insert = db.prepare(INSERT);
  return (e) => {
    insert.run(e.uscc, e.usccCheckAcknowledged ? 1 : 0, e.name, e.regionCode, e.industryCode, e.legalRepresentative,
      e.address, e.status, at, at, e.uscc.slice(8, 17), e.uscc.slice(2, 8), batchId);
  };
}

type StoredRow = Omit<EnterpriseFields, 'usccCheckAcknowledged'> & { usccCheckAcknowledged: number };

/** Every enterprise not in the trash, oldest first, read one at a time. */
export function* storedEnterprises(db: Database.Database): Generator<EnterpriseFields> {
  const rows = db.prepare(`SELECT uscc, uscc_check_ack AS usccCheckAcknowledged, name, region_code AS regionCode,
    industry_code AS industryCode, legal_representative AS legalRepresentative, address, status
    FROM enterprises WHERE deleted_at IS NULL ORDER BY id`).iterate() as IterableIterator<StoredRow>;
  for (const r of rows) yield { ...r, status: r.status as EnterpriseStatus, usccCheckAcknowledged: r.usccCheckAcknowledged === 1 };
}
