import { normaliseCode } from '../../../core/identifiers/normalise';
import { KIND_META, KIND_SPECS, OUTCOME_LABELS, validateRecordDraft, type RecordDraft } from '../../../core/records';
import type { RecordKind, Severity } from '../../../core/records/record';
import type { Cell } from '../table';
import type { ColumnDef, FieldIssue, ImportKind } from './kind';
import { DETAIL_FIELDS, formatCell, parseCell, type FieldType } from './record-fields';

/** A checked row: the record and the USCC of the registered enterprise it belongs to. */
export type ImportedRecord = { uscc: string; subjectName?: string; draft: RecordDraft };

const SEVERITY_LABELS: Record<Severity, string> = { minor: '轻微', general: '一般', serious: '严重' };

type CommonKey = 'authority' | 'docNo' | 'occurredOn' | 'outcome' | 'severity';

/** Common columns a kind's details do not already carry (a penalty's CF_WSH is its document number). */
const COMMON_BY_KIND: Readonly<Record<RecordKind, readonly CommonKey[]>> = {
  'spot-checks': ['authority', 'outcome'],
  penalties: ['severity'],
  licences: [],
  complaints: ['authority', 'docNo', 'outcome'],
  accidents: ['authority', 'docNo', 'occurredOn', 'severity'],
  interviews: ['authority', 'docNo', 'occurredOn'],
  commitments: ['authority'],
  awards: [],
};

const COMMON_HEADERS: Readonly<Record<CommonKey, { header: string; synonyms: string[] }>> = {
  authority: { header: '作出机关', synonyms: ['机关', '组织部门', '抽查组织部门', '处理机关', '实施机关', '作出单位'] },
  docNo: { header: '文书号', synonyms: ['文号', '决定书文号', '编号'] },
  occurredOn: { header: '发生日期', synonyms: ['日期', '发生时间'] },
  outcome: { header: '结论', synonyms: ['检验结论', '抽查结果', '结果', '核查结论', '判定结论'] },
  severity: { header: '严重程度', synonyms: ['情节', '违法情节', '严重程度分类'] },
};

const col = (key: string, header: string, synonyms: readonly string[], required: boolean, width = 18): ColumnDef =>
  ({ key, header, synonyms, required, code: false, width });

function columnsOf(kind: RecordKind): ColumnDef[] {
  const labels = KIND_SPECS[kind].labels;
  return [
    { key: 'uscc', header: '统一社会信用代码', synonyms: ['信用代码', '社会信用代码', 'CF_XDR_SHXYM', 'XK_XDR_SHXYM'], required: true, code: true, width: 22 },
    col('subjectName', '企业名称', ['名称', '行政相对人名称', 'CF_XDR_MC', 'XK_XDR_MC', '被抽样单位名称'], false, 30),
    ...COMMON_BY_KIND[kind].map((k) => col(k, COMMON_HEADERS[k].header, COMMON_HEADERS[k].synonyms, false)),
    // Detail headers are the kind's labels; the CF_*/XK_* code itself is accepted as a header too.
    ...Object.keys(DETAIL_FIELDS[kind]).map((f) => col(`details.${f}`, labels[f] ?? f, /^(CF|XK)_/.test(f) ? [f] : [], false)),
  ];
}

function commonValue(key: CommonKey, text: string, issues: FieldIssue[]): string | null {
  const s = text.normalize('NFKC').trim();
  if (s === '') return null;
  if (key === 'outcome') {
    const hit = Object.entries(OUTCOME_LABELS).find(([id, l]) => l.zh === s || id === s);
    if (!hit) issues.push({ field: key, code: 'E_VALIDATION', message: `结论应为：${Object.values(OUTCOME_LABELS).map((l) => l.zh).join('、')}` });
    return hit?.[0] ?? null;
  }
  if (key === 'severity') {
    const hit = Object.entries(SEVERITY_LABELS).find(([id, l]) => l === s || id === s);
    if (!hit) issues.push({ field: key, code: 'E_VALIDATION', message: '严重程度应为“轻微”“一般”或“严重”' });
    return hit?.[0] ?? null;
  }
  return s;
}

/** The issue's field (`details.CF_WSH`, `outcome`, `occurredOn`) → the column it is shown under. */
function columnFor(field: string | undefined, keys: ReadonlySet<string>): string {
  if (field && keys.has(field)) return field;
  if (field === 'datePrecision' || field === 'endsOn') return keys.has('occurredOn') ? 'occurredOn' : 'uscc';
  return keys.has(field?.split('.').slice(0, 2).join('.') ?? '') ? (field ?? 'uscc') : 'uscc';
}

/** `uscc|doc|N` when the record has a document number (duplicates are judged by it), else `uscc|row|date|summary`. */
export function recordKey(uscc: string, d: RecordDraft): string {
  return d.docNo !== null ? `${uscc}|doc|${d.docNo}` : `${uscc}|row|${d.occurredOn}|${d.summary}`;
}

/**
 * One importer for every record kind: the cells become a draft, and the draft goes through the
 * same `validateRecordDraft` as the form in the app. The enterprise is found by USCC only (a
 * name never links a record to a firm); `existing` in the store refuses an unknown code.
 */
export function recordKind(kind: RecordKind): ImportKind<ImportedRecord> {
  const columns = columnsOf(kind);
  const keys = new Set(columns.map((c) => c.key));
  const fields = Object.entries(DETAIL_FIELDS[kind]) as [string, FieldType][];
  return {
    kind,
    sheetName: KIND_META[kind].zh,
    columns,
    keyField: 'uscc',
    check(values: Readonly<Record<string, Cell>>) {
      const issues: FieldIssue[] = [];
      const uscc = normaliseCode(values.uscc?.text ?? '');
      if (values.uscc?.numeric) issues.push({ field: 'uscc', code: 'E_IMPORT_DAMAGED_CODE', message: '代码被电子表格软件存成了数字，原代码无法还原，请将该列设为文本格式后重新录入' });
      const details: Record<string, unknown> = {};
      for (const [f, type] of fields) {
        const parsed = parseCell(type, values[`details.${f}`]?.text ?? '');
        if (!parsed.ok) issues.push({ field: `details.${f}`, code: 'E_VALIDATION', message: `${KIND_SPECS[kind].labels[f] ?? f}：${parsed.message}` });
        else if (parsed.value !== undefined) details[f] = parsed.value;
      }
      const common: Record<string, unknown> = {};
      for (const k of COMMON_BY_KIND[kind]) common[k] = commonValue(k, values[k]?.text ?? '', issues);
      if (issues.length > 0) return { ok: false, issues };
      const v = validateRecordDraft(kind, { ...common, details });
      if (!v.ok) {
        const list = (v.error.details?.issues as { field: string; message: string }[] | undefined) ?? [{ field: 'uscc', message: v.error.message }];
        return { ok: false, issues: list.map((i) => ({ field: columnFor(i.field, keys), code: v.error.code, message: i.message })) };
      }
      // Records have no natural key across kinds: the document number (or the date and summary) with the firm.
      return { ok: true, value: { uscc, draft: v.value }, key: recordKey(uscc, v.value) };
    },
    toCells({ uscc, subjectName, draft }) {
      const common: Record<CommonKey, string> = {
        authority: draft.authority, docNo: draft.docNo ?? '', occurredOn: draft.occurredOn,
        outcome: draft.outcome ? OUTCOME_LABELS[draft.outcome].zh : '', severity: draft.severity ? SEVERITY_LABELS[draft.severity] : '',
      };
      return [
        uscc, subjectName ?? '',
        ...COMMON_BY_KIND[kind].map((k) => common[k]),
        ...fields.map(([f, type]) => formatCell(type, draft.details[f])),
      ];
    },
  };
}
