import { ImportKindSchema, type ImportKindName } from '../../contract/imports';
import { KIND_META } from '../../core/records/kinds';
import { RECORD_KINDS, type RecordKind } from '../../core/records/record';
import type { Locale } from '../../core/shared/errors';

/** Subjects that are not credit records, in both languages. */
const SUBJECTS: Record<string, { zh: string; en: string }> = {
  enterprises: { zh: '企业', en: 'Enterprises' },
  persons: { zh: '人员', en: 'Persons' },
  products: { zh: '产品', en: 'Products' },
};

const isRecordKind = (kind: string): kind is RecordKind => (RECORD_KINDS as readonly string[]).includes(kind);

/** The name of an import kind; the contract's list grows, so any string is accepted. */
export function importKindLabel(kind: string, locale: Locale): string {
  if (isRecordKind(kind)) return KIND_META[kind][locale];
  return SUBJECTS[kind]?.[locale] ?? kind;
}

/** The kinds the backend accepts now, read from the contract. */
export const IMPORT_KINDS: readonly ImportKindName[] = ImportKindSchema.options;
