import { ProductDraftSchema } from '../../../contract/products';
import { isValidGtin } from '../../../core/identifiers/gtin';
import { normaliseCode } from '../../../core/identifiers/normalise';
import { messageFor } from '../../../core/shared/errors';
import type { Cell } from '../table';
import type { ColumnDef, FieldIssue, ImportKind } from './kind';

export type RiskGrade = 'I' | 'II' | 'III';

/** A checked row: the product and the USCC of the registered enterprise that makes it. */
export type ImportedProduct = {
  uscc: string; subjectName?: string; name: string; gtin: string | null; brand: string | null; model: string | null;
  category: string | null; riskGrade: RiskGrade | null; standards: string | null; licenceNo: string | null;
};

const col = (key: string, header: string, synonyms: readonly string[], required: boolean, width: number, code = false): ColumnDef =>
  ({ key, header, synonyms, required, code, width });

export const PRODUCT_COLUMNS: readonly ColumnDef[] = [
  col('uscc', '统一社会信用代码', ['信用代码', '社会信用代码', '生产企业统一社会信用代码', '生产者统一社会信用代码'], true, 22, true),
  col('subjectName', '企业名称', ['生产企业', '生产企业名称', '生产者名称'], false, 30),
  col('name', '产品名称', ['名称', '商品名称'], true, 24),
  col('gtin', '商品条码', ['条码', '条形码', 'GTIN', '商品条码（GTIN）'], false, 16, true),
  col('brand', '品牌', ['商标', '品牌/商标'], false, 14),
  col('model', '规格型号', ['型号', '规格', '型号规格'], false, 18),
  col('category', '产品类别', ['产品分类', '抽查产品类别', '产品种类'], false, 24),
  col('riskGrade', '产品风险等级', ['风险等级', '风险级别'], false, 12),
  col('standards', '执行标准', ['产品标准', '标准', '执行标准号'], false, 24),
  col('licenceNo', '许可证编号', ['生产许可证编号', '许可证号', '证书编号'], false, 20, true),
];

/** Ⅰ/Ⅱ/Ⅲ as written in the catalogue; NFKC turns Ⅱ into II, and people also type 2, 二 or 二级. */
const GRADE_BY_TEXT = new Map<string, RiskGrade>([
  ['I', 'I'], ['1', 'I'], ['一', 'I'], ['II', 'II'], ['2', 'II'], ['二', 'II'], ['III', 'III'], ['3', 'III'], ['三', 'III'],
]);
export const GRADE_LABELS: Readonly<Record<RiskGrade, string>> = { I: 'Ⅰ', II: 'Ⅱ', III: 'Ⅲ' };

const text = (cell: Cell | undefined): string => (cell?.text ?? '').normalize('NFKC').trim();
/** Like the form, free-text fields are only trimmed (NFKC would change what the app stored). */
const trimmed = (cell: Cell | undefined): string => (cell?.text ?? '').trim();
const HEADERS = new Map(PRODUCT_COLUMNS.map((c) => [c.key, c.header]));

/** Zod's own messages are English: say it in Chinese, with the column's name. */
function zodMessage(field: string, issue: { code: string; message: string; maximum?: unknown }): string {
  const header = HEADERS.get(field) ?? field;
  if (issue.code === 'too_big') return `${header}不能超过 ${String(issue.maximum)} 个字符`;
  return /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : `${header}：${messageFor('E_VALIDATION')}`;
}
const orNull = (s: string): string | null => (s === '' ? null : s);

function gradeOf(cell: Cell | undefined, issues: FieldIssue[]): RiskGrade | null {
  const s = text(cell).toUpperCase().replace(/[级类\s]/g, '');
  if (s === '') return null;
  const grade = GRADE_BY_TEXT.get(s);
  if (!grade) issues.push({ field: 'riskGrade', code: 'E_VALIDATION', message: '产品风险等级应为 Ⅰ、Ⅱ 或 Ⅲ（也可写作 I/II/III 或 1/2/3）' });
  return grade ?? null;
}

/**
 * A GTIN kept as a spreadsheet number loses its leading zeros (a GTIN-12 or a GTIN-14 starting
 * with 0); when what is left no longer passes the check digit the code cannot be recovered.
 */
function gtinOf(cell: Cell | undefined, issues: FieldIssue[]): string | null {
  const raw = text(cell);
  if (raw === '') return null;
  const gtin = normaliseCode(raw);
  if (isValidGtin(gtin)) return gtin;
  const damaged = cell?.numeric === true || /e\+?\d+$/i.test(raw);
  issues.push(damaged
    ? { field: 'gtin', code: 'E_IMPORT_DAMAGED_CODE', message: `${messageFor('E_IMPORT_DAMAGED_CODE')}：“${raw}”，请将该列设为文本格式后重新录入` }
    : { field: 'gtin', code: 'E_GTIN_INVALID', message: `商品条码“${raw}”无效：应为 8、12、13 或 14 位数字且校验位正确` });
  return null;
}

/** `uscc|gtin|…` when the product has a GTIN, else `uscc|name|model`: what makes two rows the same product. */
export function productKey(p: ImportedProduct): string {
  return p.gtin !== null ? `${p.uscc}|gtin|${p.gtin}` : `${p.uscc}|name|${p.model ?? ''}|${p.name}`;
}

/**
 * Products: the same limits as the form (ProductDraftSchema) and the GS1 check digit; the maker is
 * found by USCC only and must be registered (the store refuses an unknown code).
 */
export const productKind: ImportKind<ImportedProduct> = {
  kind: 'products',
  sheetName: '产品',
  columns: PRODUCT_COLUMNS,
  keyField: 'uscc',
  check(values) {
    const issues: FieldIssue[] = [];
    if (values.uscc?.numeric) issues.push({ field: 'uscc', code: 'E_IMPORT_DAMAGED_CODE', message: `${messageFor('E_IMPORT_DAMAGED_CODE')}，请将该列设为文本格式后重新录入` });
    const gtin = gtinOf(values.gtin, issues);
    const riskGrade = gradeOf(values.riskGrade, issues);
    if (issues.length > 0) return { ok: false, issues };
    const draft = ProductDraftSchema.safeParse({
      name: text(values.name), brand: orNull(trimmed(values.brand)), model: orNull(trimmed(values.model)), category: orNull(trimmed(values.category)),
      standards: orNull(trimmed(values.standards)), licenceNo: orNull(trimmed(values.licenceNo)),
    });
    if (!draft.success) {
      return {
        ok: false,
        issues: draft.error.issues.map((i) => {
          const field = String(i.path[0] ?? 'name');
          return { field, code: 'E_VALIDATION', message: zodMessage(field, { code: i.code, message: i.message, maximum: 'maximum' in i ? i.maximum : undefined }) };
        }),
      };
    }
    const d = draft.data;
    const subjectName = text(values.subjectName);
    const value: ImportedProduct = {
      uscc: normaliseCode(values.uscc?.text ?? ''), ...(subjectName ? { subjectName } : {}), name: d.name, gtin,
      brand: d.brand ?? null, model: d.model ?? null, category: d.category ?? null, riskGrade, standards: d.standards ?? null, licenceNo: d.licenceNo ?? null,
    };
    return { ok: true, value, key: productKey(value) };
  },
  toCells: (p) => [
    p.uscc, p.subjectName ?? '', p.name, p.gtin ?? '', p.brand ?? '', p.model ?? '', p.category ?? '',
    p.riskGrade ? GRADE_LABELS[p.riskGrade] : '', p.standards ?? '', p.licenceNo ?? '',
  ],
};
