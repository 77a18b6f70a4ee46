import { EnterpriseDraftSchema } from '../../../contract/enterprises';
import { ENTERPRISE_STATUS_LABELS, validateEnterprise, type EnterpriseFields, type EnterpriseStatus } from '../../../core/enterprises/enterprise';
import { checkUscc } from '../../../core/identifiers/uscc';
import { messageFor } from '../../../core/shared/errors';
import type { Cell } from '../table';
import type { ColumnDef, FieldIssue, ImportKind } from './kind';

export const ENTERPRISE_COLUMNS: readonly ColumnDef[] = [
  { key: 'uscc', header: '统一社会信用代码', synonyms: ['信用代码', '社会信用代码', '统一代码', 'uscc'], required: true, code: true, width: 22 },
  { key: 'name', header: '企业名称', synonyms: ['名称', '单位名称', '企业（单位）名称', '市场主体名称'], required: true, code: false, width: 36 },
  { key: 'regionCode', header: '行政区划代码', synonyms: ['区划代码', '行政区划', '所在地区划代码'], required: true, code: true, width: 14 },
  { key: 'industryCode', header: '行业代码', synonyms: ['国民经济行业代码', '行业分类代码', '行业'], required: true, code: true, width: 12 },
  { key: 'legalRepresentative', header: '法定代表人', synonyms: ['法人', '法人代表', '法定代表人（负责人）', '负责人'], required: false, code: false, width: 14 },
  { key: 'address', header: '住所', synonyms: ['地址', '住所（经营场所）', '经营场所', '注册地址'], required: false, code: false, width: 40 },
  { key: 'status', header: '登记状态', synonyms: ['状态', '经营状态'], required: false, code: false, width: 10 },
  { key: 'usccCheckAcknowledged', header: '确认保留校验位不符的代码', synonyms: ['确认保留'], required: false, code: false, width: 24 },
];

const STATUS_BY_LABEL = new Map<string, EnterpriseStatus>(
  Object.entries(ENTERPRISE_STATUS_LABELS).map(([status, label]) => [label.zh, status as EnterpriseStatus]),
);
const YES = new Set(['是', 'y', 'yes', 'true', '1']);
const NO = new Set(['', '否', 'n', 'no', 'false', '0']);

/**
 * Excel's damage: scientific notation, or an 18-digit number rounded to 15 significant digits
 * (so ending in zeros, and then almost never passing the check character).
 */
const SCIENTIFIC = /^\d+(\.\d+)?e\+?\d+$/i;
const ROUNDED = /^\d{13,}000$/;

function tidy(text: string): string {
  return text.normalize('NFKC').trim();
}

function damaged(field: string, cell: Cell | undefined): FieldIssue | null {
  if (!cell) return null;
  const text = tidy(cell.text);
  // A 6-digit region code survives being a number; nothing else that is a code does.
  const lossless = field === 'regionCode' && /^\d{6}$/.test(text);
  if ((cell.numeric && !lossless) || SCIENTIFIC.test(text) || (field === 'uscc' && ROUNDED.test(text) && checkUscc(text).kind !== 'valid')) {
    return { field, code: 'E_IMPORT_DAMAGED_CODE', message: `${messageFor('E_IMPORT_DAMAGED_CODE')}：“${cell.text}”，请将该列设为文本格式后重新录入` };
  }
  return null;
}

function parseChoices(values: Readonly<Record<string, Cell>>, issues: FieldIssue[]): { status: EnterpriseStatus; ack: boolean } {
  const statusText = tidy(values.status?.text ?? '');
  const status = statusText === '' ? 'active' : STATUS_BY_LABEL.get(statusText);
  if (!status) issues.push({ field: 'status', code: 'E_VALIDATION', message: '登记状态应为“存续”“吊销”“注销”或“迁出”' });
  const ackText = tidy(values.usccCheckAcknowledged?.text ?? '').toLowerCase();
  if (!YES.has(ackText) && !NO.has(ackText)) {
    issues.push({ field: 'usccCheckAcknowledged', code: 'E_VALIDATION', message: '“确认保留校验位不符的代码”应填“是”或“否”' });
  }
  return { status: status ?? 'active', ack: YES.has(ackText) };
}

/**
 * Enterprises: the same draft schema and `validateEnterprise` rules as the form in the app,
 * so an import can never store what the form would refuse.
 */
export const enterpriseKind: ImportKind<EnterpriseFields> = {
  kind: 'enterprises',
  sheetName: '企业名录',
  columns: ENTERPRISE_COLUMNS,
  keyField: 'uscc',
  check(values, codes) {
    const issues: FieldIssue[] = [];
    for (const field of ['uscc', 'regionCode', 'industryCode']) {
      const issue = damaged(field, values[field]);
      if (issue) issues.push(issue);
    }
    const { status, ack } = parseChoices(values, issues);
    if (issues.length > 0) return { ok: false, issues };
    const draft = EnterpriseDraftSchema.safeParse({
      uscc: values.uscc?.text ?? '', usccCheckAcknowledged: ack, name: values.name?.text ?? '',
      regionCode: tidy(values.regionCode?.text ?? ''), industryCode: tidy(values.industryCode?.text ?? '').toUpperCase(),
      legalRepresentative: values.legalRepresentative?.text ?? '', address: values.address?.text ?? '', status,
    });
    if (!draft.success) {
      return { ok: false, issues: draft.error.issues.map((i) => ({ field: String(i.path[0] ?? 'uscc'), code: 'E_VALIDATION', message: i.message })) };
    }
    const result = validateEnterprise(draft.data, codes);
    if (!result.ok) {
      const field = typeof result.error.details?.field === 'string' ? result.error.details.field : 'uscc';
      return { ok: false, issues: [{ field, code: result.error.code, message: result.error.message }] };
    }
    return { ok: true, value: result.value, key: result.value.uscc };
  },
  toCells: (e) => [
    e.uscc, e.name, e.regionCode, e.industryCode, e.legalRepresentative, e.address,
    ENTERPRISE_STATUS_LABELS[e.status].zh, e.usccCheckAcknowledged ? '是' : '否',
  ],
};
