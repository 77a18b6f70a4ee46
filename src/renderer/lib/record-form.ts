import type { CreditRecordView, RecordDraftInput } from '../../contract/records';
import { validateRecordDraft } from '../../core/records/draft';
import type { FieldIssue } from '../../core/records/issues';
import type { RecordKind, RecordOutcome, Severity } from '../../core/records/record';
import type { Translate } from '../i18n/translate';
import { detailFields, type FieldWidget } from './record-fields';

/** What the record form holds: the common columns the kind does not derive, and its details. */
export type RecordFormValues = {
  authority?: string;
  docNo?: string;
  occurredOn?: string;
  outcome?: RecordOutcome;
  severity?: Severity;
  productId?: number | null;
  details: Record<string, unknown>;
};

/** Common columns asked for on the form; the rest are projected from the details by core. */
export type CommonField = 'authority' | 'docNo' | 'occurredOn' | 'outcome' | 'severity' | 'productId';

const COMMON: Record<RecordKind, readonly CommonField[]> = {
  'spot-checks': ['outcome', 'authority', 'productId'],
  penalties: ['severity'],
  licences: [],
  complaints: ['outcome', 'authority', 'docNo', 'productId'],
  accidents: ['severity', 'authority', 'docNo', 'occurredOn', 'productId'],
  interviews: ['authority', 'docNo', 'occurredOn'],
  commitments: ['authority'],
  awards: ['docNo'],
};

export function commonFields(kind: RecordKind): readonly CommonField[] {
  return COMMON[kind];
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

/**
 * The details as the schema wants its input: blanks left out (so a missing required field says
 * "为必填项"), numbers as numbers, the derived flags set from the outcome.
 */
export function cleanDetails(kind: RecordKind, raw: Record<string, unknown>, outcome: RecordOutcome | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { key, widget } of detailFields(kind)) {
    const value = raw[key];
    if (widget.type === 'derived' || blank(value)) continue;
    if (widget.type === 'number') out[key] = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
    else out[key] = value;
  }
  if (kind === 'spot-checks') out['refused'] = outcome === 'refused';
  if (kind === 'complaints' && (outcome === 'verified' || outcome === 'unverified')) out['verified'] = outcome === 'verified';
  return out;
}

/** A stored value in the shape its widget edits (lists as one text, numbers as text). */
function editable(widget: FieldWidget, value: unknown): unknown {
  if (widget.type === 'list' && Array.isArray(value)) return value.join(widget.prose ? '；' : '、');
  if ((widget.type === 'year' || widget.type === 'number') && typeof value === 'number') return String(value);
  return value;
}

export function formValuesOf(kind: RecordKind, record: CreditRecordView | undefined): RecordFormValues {
  if (!record) return { details: kind === 'penalties' ? { repairable: true } : {} };
  const details: Record<string, unknown> = {};
  for (const { key, widget } of detailFields(kind)) details[key] = editable(widget, record.details[key]);
  return {
    authority: record.authority,
    docNo: record.docNo ?? undefined,
    occurredOn: record.occurredOn,
    outcome: record.outcome ?? undefined,
    severity: record.severity ?? undefined,
    productId: record.productId,
    details,
  };
}

export type Checked = { issues: FieldIssue[]; draft: RecordDraftInput | null };

function issuesOf(details: Record<string, unknown> | undefined): FieldIssue[] {
  const list = details?.['issues'];
  return Array.isArray(list) ? (list as FieldIssue[]) : [];
}

/**
 * Validates the form with core's own rules (`validateRecordDraft`: the kind's schema, the
 * projection of details onto the common columns, outcome and severity, cross-field checks), so
 * the form says exactly what the backend would; the backend checks all of it again. On success
 * the draft carries the projected columns (a penalty's authority is its CF_CFJG).
 */
export function checkRecordForm(kind: RecordKind, values: RecordFormValues, t: Translate): Checked {
  const asked = COMMON[kind];
  const issues: FieldIssue[] = [];
  const need = (field: CommonField, label: string, value: unknown) => {
    if (asked.includes(field) && blank(value)) issues.push({ field, message: t('form.required', { field: label }) });
  };
  // The contract needs an authority even where core would let it be blank (commitments).
  need('authority', t('record.authority'), values.authority);
  const input: Record<string, unknown> = { details: cleanDetails(kind, values.details ?? {}, values.outcome) };
  for (const field of asked) {
    const value = values[field];
    if (!blank(value)) input[field] = value;
  }
  const result = validateRecordDraft(kind, input);
  if (!result.ok) {
    const seen = new Set(issues.map((i) => i.field));
    return { issues: [...issues, ...issuesOf(result.error.details).filter((i) => !seen.has(i.field))], draft: null };
  }
  if (issues.length > 0) return { issues, draft: null };
  const r = result.value;
  return {
    issues,
    draft: {
      authority: r.authority,
      authorityCode: r.authorityCode,
      docNo: r.docNo,
      occurredOn: r.occurredOn,
      datePrecision: r.datePrecision,
      endsOn: r.endsOn,
      outcome: r.outcome,
      severity: r.severity,
      productId: r.productId,
      details: r.details,
    },
  };
}

/** A form field's name path from an issue's dotted field (`details.sampledOn` → ['details', 'sampledOn']). */
export function namePath(field: string): string[] {
  return field.replace(/^draft\./, '').split('.').slice(0, 2);
}
