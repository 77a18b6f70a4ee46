import type Database from 'better-sqlite3';
import type { ErrorCode } from '../../../core/shared/errors';
import { fail } from '../../failure';
import type { KindStore } from '.';
import type { ImportedProduct, RiskGrade } from './products';

type Refusal = { code: ErrorCode; message: string };

/**
 * The maker must be registered (by USCC only: a name never links, and no firm is created); a
 * product it already has — same GTIN, or without one the same name and model — is a duplicate.
 */
function existing(db: Database.Database): (key: string) => Refusal | null {
  const firm = db.prepare('SELECT id, name, deleted_at AS deletedAt FROM enterprises WHERE uscc = ?');
  const byGtin = db.prepare('SELECT name FROM products WHERE enterprise_id = ? AND gtin = ? AND deleted_at IS NULL').pluck();
  const byName = db.prepare(`SELECT name FROM products WHERE enterprise_id = ? AND gtin IS NULL AND coalesce(model, '') = ? AND name = ?
    AND deleted_at IS NULL`).pluck();
  return (key) => {
    const [uscc = '', how, ...rest] = key.split('|');
    const e = firm.get(uscc) as { id: number; name: string; deletedAt: string | null } | undefined;
    if (!e) return { code: 'E_IMPORT_SUBJECT_UNKNOWN', message: `统一社会信用代码 ${uscc} 未登记：请先登记生产企业（产品不按企业名称关联，也不会因此新建企业）` };
    if (e.deletedAt) return { code: 'E_IMPORT_SUBJECT_UNKNOWN', message: `企业“${e.name}”（${uscc}）在回收站中：请先恢复该企业` };
    const taken = how === 'gtin'
      ? byGtin.get(e.id, rest[0] ?? '') as string | undefined
      : byName.get(e.id, rest[0] ?? '', rest.slice(1).join('|')) as string | undefined;
    if (taken !== undefined) {
      const what = how === 'gtin' ? `商品条码 ${rest[0] ?? ''}` : '相同名称和规格型号';
      return { code: 'E_PRODUCT_DUPLICATE', message: `企业“${e.name}”已登记${what}的产品“${taken}”` };
    }
    return null;
  };
}

const INSERT = `INSERT INTO products (enterprise_id, name, gtin, brand, model, category, risk_grade, standards, licence_no,
  created_at, updated_at, import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

function inserter(db: Database.Database, at: string, batchId: number): (p: ImportedProduct) => void {
  const firm = db.prepare('SELECT id FROM enterprises WHERE uscc = ? AND deleted_at IS NULL').pluck();
  const insert = db.prepare(INSERT);
  return (p) => {
    const enterpriseId = firm.get(p.uscc) as number | undefined;
    // The preview checked the firm; one deleted since then stops the whole import.
    if (enterpriseId === undefined) fail('E_IMPORT_SUBJECT_UNKNOWN', `统一社会信用代码 ${p.uscc} 的企业在预览之后被删除，未导入任何数据，请重新预览`);
    insert.run(enterpriseId, p.name, p.gtin, p.brand, p.model, p.category, p.riskGrade, p.standards, p.licenceNo, at, at, batchId);
  };
}

type Row = Omit<ImportedProduct, 'riskGrade' | 'subjectName'> & { riskGrade: string | null; subjectName: string };

const GRADES: readonly RiskGrade[] = ['I', 'II', 'III'];

/** Every product not in the trash whose maker is not in the trash either, oldest first. */
function* stored(db: Database.Database): Generator<ImportedProduct> {
  const rows = db.prepare(`SELECT e.uscc, e.name AS subjectName, p.name, p.gtin, p.brand, p.model, p.category, p.risk_grade AS riskGrade,
      p.standards, p.licence_no AS licenceNo
    FROM products p JOIN enterprises e ON e.id = p.enterprise_id
    WHERE p.deleted_at IS NULL AND e.deleted_at IS NULL ORDER BY p.id`).iterate() as IterableIterator<Row>;
  for (const r of rows) yield { ...r, riskGrade: GRADES.find((g) => g === r.riskGrade) ?? null };
}

/** Where products are kept, for the importer and the exporter. */
export const productStore: KindStore<ImportedProduct> = { existing, inserter, stored };
