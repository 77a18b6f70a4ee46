import { LICENCE_STATUSES } from '../../core/records/details/licences';
import {
  ACCIDENT_TYPE_LABELS, AWARD_CATEGORY_LABELS, AWARD_LEVEL_LABELS, COMMITMENT_TYPE_LABELS, COMPLAINT_CHANNEL_LABELS,
} from '../../core/records/details/others';
import { PARTY_TYPES, PENALTY_PROCEDURE_LABELS, PENALTY_TYPES } from '../../core/records/details/penalties';
import { FAILURE_DEGREE_LABELS, PLAN_TYPE_LABELS, SAMPLING_DOMAIN_LABELS } from '../../core/records/details/spot-checks';
import { z } from 'zod';
import { KIND_SPECS } from '../../core/records/kinds';
import type { RecordKind } from '../../core/records/record';

export type Option = { value: string; label: string };

/**
 * How a detail field is entered. Labels and rules come from core (`KIND_SPECS`); only the
 * widget is the form's business, since a zod refinement cannot say "this string is a date".
 * - `list`: one text, split by the schema on 、，; (or ； for prose), so old joined values fit;
 * - `tags`: several values picked from suggestions or typed;
 * - `derived`: filled from another field (the outcome), never shown.
 */
export type FieldWidget =
  | { type: 'text' }
  | { type: 'textarea' }
  | { type: 'date' }
  | { type: 'partialDate' }
  | { type: 'select'; options: Option[] }
  | { type: 'tags'; options: Option[] }
  | { type: 'list'; prose?: boolean }
  | { type: 'bool' }
  | { type: 'amount' }
  | { type: 'year' }
  | { type: 'number' }
  | { type: 'derived' };

const fromLabels = (labels: Readonly<Record<string, string>>): Option[] => Object.entries(labels).map(([value, label]) => ({ value, label }));
const fromValues = (values: readonly string[]): Option[] => values.map((value) => ({ value, label: value }));

const WIDGETS: Record<RecordKind, Record<string, FieldWidget>> = {
  'spot-checks': {
    planType: { type: 'select', options: fromLabels(PLAN_TYPE_LABELS) },
    samplingDomain: { type: 'select', options: fromLabels(SAMPLING_DOMAIN_LABELS) },
    productionDate: { type: 'partialDate' },
    productionDatePrecision: { type: 'derived' },
    standards: { type: 'list' },
    failedItems: { type: 'list' },
    failureDegree: { type: 'select', options: fromLabels(FAILURE_DEGREE_LABELS) },
    seriousFail: { type: 'bool' },
    refused: { type: 'derived' },
    sampledOn: { type: 'date' },
    resultOn: { type: 'date' },
    notes: { type: 'textarea' },
  },
  penalties: {
    CF_WFXW: { type: 'list' },
    CF_SY: { type: 'list', prose: true },
    CF_YJ: { type: 'list', prose: true },
    CF_CFLB: { type: 'tags', options: fromValues(PENALTY_TYPES) },
    CF_NR: { type: 'textarea' },
    CF_NR_FK: { type: 'amount' },
    CF_NR_WFFF: { type: 'amount' },
    CF_JDRQ: { type: 'date' },
    CF_YXQ: { type: 'date' },
    CF_GSJZQ: { type: 'date' },
    CF_XDR_LB: { type: 'select', options: fromValues(PARTY_TYPES) },
    procedure: { type: 'select', options: fromLabels(PENALTY_PROCEDURE_LABELS) },
    repairable: { type: 'bool' },
    BZ: { type: 'textarea' },
  },
  licences: {
    XK_NR: { type: 'textarea' },
    XK_JDRQ: { type: 'date' },
    XK_YXQZ: { type: 'date' },
    XK_YXQZI: { type: 'date' },
    XK_ZT: { type: 'select', options: fromValues(LICENCE_STATUSES) },
    BZ: { type: 'textarea' },
  },
  complaints: {
    channel: { type: 'select', options: fromLabels(COMPLAINT_CHANNEL_LABELS) },
    receivedOn: { type: 'date' },
    content: { type: 'textarea' },
    resolution: { type: 'textarea' },
    verified: { type: 'derived' },
  },
  accidents: {
    type: { type: 'select', options: fromLabels(ACCIDENT_TYPE_LABELS) },
    description: { type: 'textarea' },
  },
  interviews: {
    reason: { type: 'textarea' },
    participants: { type: 'list' },
    measures: { type: 'textarea' },
    relatedRecordId: { type: 'number' },
  },
  commitments: {
    type: { type: 'select', options: fromLabels(COMMITMENT_TYPE_LABELS) },
    year: { type: 'year' },
    submittedOn: { type: 'date' },
  },
  awards: {
    category: { type: 'select', options: fromLabels(AWARD_CATEGORY_LABELS) },
    level: { type: 'select', options: fromLabels(AWARD_LEVEL_LABELS) },
    year: { type: 'year' },
    awardedOn: { type: 'date' },
  },
};

export type DetailField = { key: string; label: string; widget: FieldWidget; required: boolean };

/** The object schema under a kind's details schema (spot checks wrap theirs in a transform). */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  const inner = schema instanceof z.ZodPipe ? (schema.in as z.ZodType) : schema;
  return inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>) : {};
}

/** The detail fields of a kind in the order core lists their labels, with their widgets. */
export function detailFields(kind: RecordKind): DetailField[] {
  const shape = shapeOf(KIND_SPECS[kind].schema);
  return Object.entries(KIND_SPECS[kind].labels).map(([key, label]) => ({
    key,
    label,
    widget: WIDGETS[kind][key] ?? { type: 'text' },
    // Required is what the schema refuses to see missing; the star then never disagrees with the check.
    required: shape[key] !== undefined && !shape[key].safeParse(undefined).success,
  }));
}

/** Long fields take the whole row; short ones share it two by two. */
export function isWide(widget: FieldWidget): boolean {
  return widget.type === 'textarea' || (widget.type === 'list' && widget.prose === true);
}

/** A stored detail value as the officer reads it (lists joined, booleans in words, enums by label, amounts with the locale's unit). */
export function detailText(widget: FieldWidget, value: unknown, yesNo: [string, string], amountUnit: string): string {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(String).join(widget.type === 'list' && widget.prose ? '；' : '、');
  if (typeof value === 'boolean') return value ? yesNo[0] : yesNo[1];
  if ((widget.type === 'select' || widget.type === 'tags') && typeof value === 'string') {
    return widget.options.find((o) => o.value === value)?.label ?? value;
  }
  if (widget.type === 'amount') return `${String(value)} ${amountUnit}`;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}
