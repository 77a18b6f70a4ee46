/** One field as an audit row records it: the value before and after the change. */
export type FieldChange = { field: string; before: unknown; after: unknown };

/** Bookkeeping columns change on every write and tell the reader nothing. */
const IGNORED = new Set(['id', 'createdAt', 'updatedAt', 'passwordHash']);

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/**
 * The fields that differ between an audit row's `before` and `after` snapshots. For a creation
 * (no `before`) every filled-in field is listed; for a deletion every field that was there.
 *
 * @example changedFields({ name: '甲', status: 'active' }, { name: '乙', status: 'active' })
 * // [{ field: 'name', before: '甲', after: '乙' }]
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const a = asRecord(before);
  const b = asRecord(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => !IGNORED.has(f));
  return fields
    .map((field) => ({ field, before: a[field], after: b[field] }))
    .filter((c) => JSON.stringify(c.before) !== JSON.stringify(c.after))
    .filter((c) => !(isBlank(c.before) && isBlank(c.after)));
}
