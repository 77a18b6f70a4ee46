/** Credit records: the common shape, the kinds and their details, validation and summaries. */
export * from './record';
export { defaultEffect, detailsSchema, KIND_META, KIND_SPECS, OUTCOME_LABELS, type KindMeta } from './kinds';
export { validateRecordDraft, type RecordDraft } from './draft';
export { summarise } from './summary';
export type { FieldIssue } from './issues';
export { isRealDate, precisionOf } from './fields';
export * from './details/spot-checks';
export * from './details/penalties';
export * from './details/licences';
export * from './details/others';
