import { cleanHeader, headerKey, headerVariants } from './header-text';
import type { FieldDef, SynonymTable } from './synonym-table';

export type ColumnInfo = {
  index: number;
  /** The header cell as written. */
  raw: string;
  /** The header for display: cleaned, a matched variant ("序号" for "序号\n1"), "(2)" on a repeat. */
  label: string;
  field: string | null;
  /** How the field was found; null when unmapped. */
  via: 'override' | 'synonym' | 'fallback' | null;
};

export type HeaderMapping = {
  columns: ColumnInfo[];
  /** Field → the column it is read from. */
  fields: Record<string, number>;
  /**
   * Field → further columns with the same header (商标, 商标): read when the first is blank,
   * and shown so that a person can reassign them.
   */
  alternates: Record<string, number[]>;
  /** Columns with a header that no field claims. */
  unmapped: number[];
  /** Required fields of the table that no column gives. */
  missing: string[];
  /** How many fields were found by synonym or override: the header row's score. */
  score: number;
  /** The layout's identity: the normalised headers in order, so a confirmed mapping can be remembered. */
  fingerprint: string;
};

/**
 * A person's corrections: field → the header label (or column index) to read it from, or null
 * to leave the field out. Labels are compared after `headerKey`.
 */
export type HeaderOverrides = Readonly<Record<string, string | number | null>>;

type Index = Map<string, FieldDef>;

function indexOf(table: SynonymTable): Index {
  const index: Index = new Map();
  for (const f of table.fields) {
    for (const s of [f.label, ...f.synonyms]) {
      const key = headerKey(s);
      if (!index.has(key)) index.set(key, f);
    }
  }
  return index;
}

const cache = new WeakMap<SynonymTable, Index>();
function synonymIndex(table: SynonymTable): Index {
  let index = cache.get(table);
  if (!index) cache.set(table, (index = indexOf(table)));
  return index;
}

/** The field a header names and the variant that named it, or null. */
export function lookupHeader(raw: string, table: SynonymTable): { field: FieldDef; variant: string } | null {
  const index = synonymIndex(table);
  for (const variant of headerVariants(raw)) {
    const field = index.get(variant);
    if (field) return { field, variant };
  }
  return null;
}

/**
 * The layout's stable identity: each header in the form it was matched under, joined. Two files
 * of the same layout have the same fingerprint whatever their data, so a confirmed mapping can
 * be stored under it (no hashing: the string is short and a person can read it).
 *
 * @example layoutFingerprint(['序号\n1', '企业名称2']) // 'v1|序号|企业名称'
 */
export function layoutFingerprint(headers: readonly string[]): string {
  return ['v1', ...headers.map((h) => headerKey(h).replace(/(?<=\D)\d+$/u, ''))].join('|');
}

function labels(headers: readonly string[], table: SynonymTable): string[] {
  const seen = new Map<string, number>();
  return headers.map((h) => {
    const base = lookupHeader(h, table)?.variant ?? cleanHeader(h);
    if (base === '') return '';
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}(${n})`;
  });
}

function overrideColumn(target: string | number, columns: readonly ColumnInfo[]): number | null {
  if (typeof target === 'number') return target >= 0 && target < columns.length ? target : null;
  const key = headerKey(target);
  const hit = columns.find((c) => headerKey(c.label) === key) ?? columns.find((c) => headerKey(c.raw) === key);
  return hit ? hit.index : null;
}

/**
 * Maps header cells to the table's fields: overrides first, then synonyms (the first column
 * wins a field; a repeated header becomes an alternate), then fallbacks (被抽样单位 stands in
 * for 企业名称 when there is no producer column).
 *
 * @example mapHeaders(['序号', '企业名称', '商标', '商标'], SPOT_CHECK_SYNONYMS).alternates // { trademark: [3] }
 */
export function mapHeaders(headers: readonly string[], table: SynonymTable, overrides: HeaderOverrides = {}): HeaderMapping {
  const names = labels(headers, table);
  const columns: ColumnInfo[] = headers.map((raw, index) => ({ index, raw, label: names[index] ?? '', field: null, via: null }));
  const fields: Record<string, number> = {};
  const alternates: Record<string, number[]> = {};
  const claim = (field: string, index: number, via: ColumnInfo['via']): void => {
    const col = columns[index];
    if (!col || col.field !== null || fields[field] === -1) return;
    if (fields[field] === undefined) {
      fields[field] = index;
      Object.assign(col, { field, via });
    } else if (via === 'synonym') (alternates[field] ??= []).push(index);
  };
  for (const [field, target] of Object.entries(overrides)) {
    if (target === null) { fields[field] = -1; continue; }
    const index = overrideColumn(target, columns);
    if (index !== null) claim(field, index, 'override');
  }
  for (const col of columns) {
    if (col.field !== null || col.label === '') continue;
    const hit = lookupHeader(col.raw, table);
    if (hit) claim(hit.field.field, col.index, 'synonym');
  }
  for (const [field, index] of Object.entries(fields)) if (index < 0) delete fields[field];
  const score = Object.keys(fields).length;
  for (const def of table.fields) {
    const from = def.fallback === undefined ? undefined : fields[def.fallback];
    if (fields[def.field] === undefined && from !== undefined && !(def.field in overrides)) {
      fields[def.field] = from;
    }
  }
  const mappedColumns = new Set([...Object.values(fields), ...Object.values(alternates).flat()]);
  return {
    columns,
    fields,
    alternates,
    unmapped: columns.filter((c) => c.label !== '' && !mappedColumns.has(c.index)).map((c) => c.index),
    missing: table.fields.filter((f) => f.required && fields[f.field] === undefined).map((f) => f.field),
    score,
    fingerprint: layoutFingerprint(headers),
  };
}
