import type { OutputOf } from '../../../contract';

export type Inspection = OutputOf<'packages:inspect'>;

/** Reads a member of the (already schema-checked, but untyped here) manifest without trusting its shape. */
export function field(value: unknown, ...path: string[]): unknown {
  let at: unknown = value;
  for (const key of path) {
    if (typeof at !== 'object' || at === null || Array.isArray(at)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

export function text(value: unknown, ...path: string[]): string | null {
  const v = field(value, ...path);
  return typeof v === 'string' || typeof v === 'number' ? String(v) : null;
}

/** One published record, as far as the preview table shows it. */
export type EntryRow = { key: string; id: string; name: string; code: string; listType: string; status: string; listedOn: string; removedOn: string };

export function entryRow(record: Record<string, unknown>, index: number): EntryRow {
  return {
    key: `${index}`,
    id: text(record, 'id') ?? '—',
    name: text(record, 'subject', 'name') ?? text(record, 'unreadable') ?? '—',
    code: text(record, 'subject', 'uscc') ?? text(record, 'subject', 'idNumber') ?? '—',
    listType: text(record, 'listTypeName') ?? text(record, 'listType') ?? '—',
    status: text(record, 'status') ?? '—',
    listedOn: text(record, 'listedOn') ?? '—',
    removedOn: text(record, 'removal', 'date') ?? '—',
  };
}
