import type { z } from 'zod';
import type { FieldIssue, FieldLabels } from '../issues';
import type { DatePrecision, RecordOutcome } from '../record';

/**
 * Common columns a kind's details determine. The columns are a projection of the details (the
 * details hold the whole source record, e.g. every CF_* item for export); the projection keeps
 * both in step, and a draft whose common value disagrees with its detail is refused.
 */
export type KindProjection = {
  occurredOn?: string;
  datePrecision?: DatePrecision;
  endsOn?: string;
  docNo?: string;
  authority?: string;
  authorityCode?: string;
  outcome?: RecordOutcome;
};

/** What the cross-field checks of a kind may see of the common columns. */
export type CommonView = { outcome: RecordOutcome | null };

export type KindSpec<S extends z.ZodType = z.ZodType> = {
  schema: S;
  labels: FieldLabels;
  project(details: z.output<S>): KindProjection;
  /** Rules that span several fields or the common outcome; messages already name the field. */
  check(details: z.output<S>, common: CommonView): FieldIssue[];
};

/** A spec in the table of all kinds, its details type erased. */
export type AnyKindSpec = {
  schema: z.ZodType;
  labels: FieldLabels;
  project(details: unknown): KindProjection;
  check(details: unknown, common: CommonView): FieldIssue[];
};

/**
 * Types a kind's callbacks by its schema, and erases that type for the table of kinds. The cast
 * is sound because `validateRecordDraft` only hands these callbacks the output of that schema.
 */
export function defineKind<S extends z.ZodType>(spec: KindSpec<S>): AnyKindSpec {
  return {
    schema: spec.schema,
    labels: spec.labels,
    project: (details) => spec.project(details as z.output<S>),
    check: (details, common) => spec.check(details as z.output<S>, common),
  };
}
