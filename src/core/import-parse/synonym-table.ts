import { z } from 'zod';
import { messageFor } from '../shared/errors';
import { err, ok, type Result } from '../shared/result';

/**
 * A table of header synonyms for one kind of file. Plain data (JSON-able), so a workspace can
 * store an edited copy; `parseSynonymTable` checks such a copy before it is used.
 */
export const FieldDefSchema = z.object({
  /** Stable key of the field ("firmName"); mappings are remembered by it. */
  field: z.string().min(1),
  /** The header shown for the field. */
  label: z.string().min(1),
  /** Headers that mean this field, compared after `headerKey`. */
  synonyms: z.array(z.string().min(1)),
  /** Firm-level columns are shared by a firm's rows and filled down into continuation rows. */
  level: z.enum(['firm', 'record']).default('record'),
  /** A field that stands in for this one when this one has no column (被抽样单位 for 企业名称). */
  fallback: z.string().optional(),
  required: z.boolean().default(false),
});
export type FieldDef = z.infer<typeof FieldDefSchema>;

export const SynonymTableSchema = z.object({
  kind: z.string().min(1),
  version: z.literal(1),
  fields: z.array(FieldDefSchema).min(1),
});
export type SynonymTable = z.infer<typeof SynonymTableSchema>;
/** What a table may be written as: defaults (level, required) may be left out. */
export type SynonymTableInput = z.input<typeof SynonymTableSchema>;

/**
 * Checks a stored (possibly hand-edited) table.
 *
 * @example parseSynonymTable({ kind: 'x', version: 1, fields: [{ field: 'a', label: 'A', synonyms: [] }] }).ok // true
 */
export function parseSynonymTable(json: unknown): Result<SynonymTable> {
  const parsed = SynonymTableSchema.safeParse(json);
  if (parsed.success) return ok(parsed.data);
  return err({ code: 'E_SYNONYM_TABLE_INVALID', message: messageFor('E_SYNONYM_TABLE_INVALID'), details: { issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) } });
}

/** A shipped table written in its short form, with defaults filled in. */
export function defineTable(input: SynonymTableInput): SynonymTable {
  return SynonymTableSchema.parse(input);
}
