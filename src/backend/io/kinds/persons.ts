import { PERSON_ROLES } from '../../../contract/persons';
import { normaliseCode } from '../../../core/identifiers/normalise';
import { ID_TYPES, validatePerson, type IdType, type PersonFields } from '../../../core/persons/person';
import { messageFor } from '../../../core/shared/errors';
import type { Cell } from '../table';
import type { ColumnDef, FieldIssue, ImportKind } from './kind';
import { parseCell } from './record-fields';

export type PersonRole = (typeof PERSON_ROLES)[number];

/** An appointment at a registered enterprise, found by its USCC only. */
export type PersonLink = { uscc: string; subjectName?: string; role: PersonRole; fromDate: string | null; toDate: string | null };

/**
 * One row of the persons template: a person, and at most one appointment. A person with several
 * appointments takes one row each (same name and ID number); the first row registers the person.
 */
export type ImportedPerson = PersonFields & { idNumber: string; link: PersonLink | null };

export const ROLE_LABELS: Readonly<Record<PersonRole, string>> = {
  legal_representative: '法定代表人', responsible_person: '负责人', chief_quality_officer: '质量负责人',
};

const col = (key: string, header: string, synonyms: readonly string[], required: boolean, width: number, code = false): ColumnDef =>
  ({ key, header, synonyms, required, code, width });

export const PERSON_COLUMNS: readonly ColumnDef[] = [
  col('name', '姓名', ['人员姓名', '法定代表人姓名', '负责人姓名'], true, 12),
  col('idType', '证件类型', ['证件种类', '身份证件类型'], false, 14),
  col('idNumber', '证件号码', ['身份证号码', '身份证号', '证件号', '法定代表人证件号码'], true, 22, true),
  col('uscc', '统一社会信用代码', ['信用代码', '社会信用代码', '任职企业统一社会信用代码'], false, 22, true),
  col('subjectName', '企业名称', ['任职企业', '任职企业名称', '单位名称'], false, 30),
  col('role', '角色', ['职务', '任职角色', '人员类型'], false, 12),
  col('fromDate', '任职起始日期', ['任职日期', '起始日期', '任职开始日期'], false, 14),
  col('toDate', '任职终止日期', ['离任日期', '终止日期', '任职结束日期'], false, 14),
];

const ID_TYPE_BY_TEXT = new Map<string, IdType>([
  ...ID_TYPES.map((t) => [t, t] as const),
  ['居民身份证', '身份证'], ['身份证号', '身份证'], ['港澳通行证', '港澳居民来往内地通行证'], ['台胞证', '台湾居民来往大陆通行证'],
]);
const ROLE_BY_TEXT = new Map<string, PersonRole>([
  ...Object.entries(ROLE_LABELS).map(([id, label]) => [label, id as PersonRole] as const),
  ...PERSON_ROLES.map((r) => [r, r] as const),
  ['法人', 'legal_representative'], ['法人代表', 'legal_representative'], ['首席质量官', 'chief_quality_officer'],
]);

const tidy = (cell: Cell | undefined): string => (cell?.text ?? '').normalize('NFKC').trim();

/** A date cell as ISO `YYYY-MM-DD` (2025/7/2 and 2025年7月2日 accepted), null when empty. */
function dateOf(field: string, cell: Cell | undefined, issues: FieldIssue[]): string | null {
  const parsed = parseCell({ t: 'date' }, cell?.text ?? '');
  if (!parsed.ok || parsed.value === undefined) return null;
  const s = String(parsed.value);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const real = m && Number(m[1]) >= 1900 && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === s;
  if (!real) issues.push({ field, code: 'E_LINK_DATE', message: `${messageFor('E_LINK_DATE')}：“${cell?.text ?? ''}”不是有效日期（应为 YYYY-MM-DD）` });
  return real ? s : null;
}

/** The appointment columns: all empty (no link), or a USCC and a role with optional dates. */
function linkOf(values: Readonly<Record<string, Cell>>, issues: FieldIssue[]): PersonLink | null {
  const usccText = tidy(values.uscc);
  const roleText = tidy(values.role);
  const fromDate = dateOf('fromDate', values.fromDate, issues);
  const toDate = dateOf('toDate', values.toDate, issues);
  if (values.uscc?.numeric) issues.push({ field: 'uscc', code: 'E_IMPORT_DAMAGED_CODE', message: `${messageFor('E_IMPORT_DAMAGED_CODE')}，请将该列设为文本格式后重新录入` });
  const role = roleText === '' ? undefined : ROLE_BY_TEXT.get(roleText);
  if (roleText !== '' && !role) issues.push({ field: 'role', code: 'E_VALIDATION', message: '角色应为“法定代表人”“负责人”或“质量负责人”' });
  if (usccText === '') {
    if (roleText !== '' || fromDate || toDate) issues.push({ field: 'uscc', code: 'E_VALIDATION', message: '填写了角色或任职日期时，须填写任职企业的统一社会信用代码' });
    return null;
  }
  if (roleText === '') issues.push({ field: 'role', code: 'E_VALIDATION', message: '填写了任职企业时，须填写角色（法定代表人、负责人或质量负责人）' });
  if (fromDate && toDate && toDate <= fromDate) issues.push({ field: 'toDate', code: 'E_LINK_DATE', message: `任职终止日期 ${toDate} 应晚于起始日期 ${fromDate}` });
  const subjectName = tidy(values.subjectName);
  return { uscc: normaliseCode(usccText), ...(subjectName ? { subjectName } : {}), role: role ?? 'legal_representative', fromDate, toDate };
}

/**
 * A masked number (4301**********123X) comes from an export made by someone other than an
 * administrator: the whole number is not in the file, so the row cannot be imported.
 */
const MASKED = /\*/;

/** The form's limit (PersonDraftSchema). */
const MAX_NAME = 60;

/** `idType|idNumber|uscc|role|from|name`: the name goes last because only it may hold a `|`. */
export function personKey(p: ImportedPerson): string {
  return [p.idType, p.idNumber, p.link?.uscc ?? '', p.link?.role ?? '', p.link?.fromDate ?? '', p.name].join('|');
}

/**
 * Persons: the same `validatePerson` rules as the form (GB 11643 check character for a resident
 * ID). The ID number is required here, since a person is identified by it alone and never by
 * name; a link names a registered enterprise by USCC, and an unknown code refuses the row.
 */
export const personKind: ImportKind<ImportedPerson> = {
  kind: 'persons',
  sheetName: '人员',
  columns: PERSON_COLUMNS,
  keyField: 'idNumber',
  check(values) {
    const issues: FieldIssue[] = [];
    const typeText = tidy(values.idType);
    const idType = typeText === '' ? '身份证' : ID_TYPE_BY_TEXT.get(typeText);
    if (!idType) issues.push({ field: 'idType', code: 'E_VALIDATION', message: `证件类型应为以下之一：${ID_TYPES.join('、')}` });
    const idText = tidy(values.idNumber);
    if (idText === '') issues.push({ field: 'idNumber', code: 'E_ID_NUMBER_INVALID', message: '请填写证件号码：人员只按证件号码识别，不按姓名合并' });
    else if (MASKED.test(idText)) issues.push({ field: 'idNumber', code: 'E_ID_NUMBER_INVALID', message: '证件号码已遮蔽（非管理员导出的文件不含完整号码），无法导入：请使用管理员导出的文件或原始号码' });
    else if (values.idNumber?.numeric) issues.push({ field: 'idNumber', code: 'E_IMPORT_DAMAGED_CODE', message: `${messageFor('E_IMPORT_DAMAGED_CODE')}，请将该列设为文本格式后重新录入` });
    const link = linkOf(values, issues);
    if ((values.name?.text ?? '').trim().length > MAX_NAME) issues.push({ field: 'name', code: 'E_VALIDATION', message: `姓名不能超过 ${MAX_NAME} 个字` });
    if (issues.length > 0 || !idType) return { ok: false, issues };
    const result = validatePerson({ name: values.name?.text ?? '', idType, idNumber: idText });
    if (!result.ok) {
      const field = result.error.details?.field === 'name' ? 'name' : 'idNumber';
      return { ok: false, issues: [{ field, code: result.error.code, message: result.error.message }] };
    }
    const value: ImportedPerson = { ...result.value, idNumber: result.value.idNumber ?? idText, link };
    return { ok: true, value, key: personKey(value) };
  },
  toCells: (p) => [
    p.name, p.idType, p.idNumber, p.link?.uscc ?? '', p.link?.subjectName ?? '', p.link ? ROLE_LABELS[p.link.role] : '',
    p.link?.fromDate ?? '', p.link?.toDate ?? '',
  ],
};
