/**
 * When an entry was on its list, read from its dated history. The one place that knows which
 * life-cycle states and events (core/lists) put an entry on the list or take it off, so a change
 * of the life cycle is adapted here only.
 */

/** Events that put an entry on the public list, or back on it. */
const STARTS: ReadonlySet<string> = new Set(['publish', 'reinstate', 'approve']);
/**
 * Events that take it off, with the status the publication shows afterwards (formats.md §2). The red
 * list's own (core/lists/red-cycle): approval puts an entry on, suspension and removal take it off.
 */
const ENDS: ReadonlyMap<string, ExitStatus> = new Map([['approve-removal', 'removed'], ['expire', 'expired'], ['withdraw', 'removed'], ['suspend', 'removed'], ['remove', 'removed']]);
/** States in which an entry is on the list now (an early-removal request keeps it there until decided). */
const ON_LIST_STATES: ReadonlySet<string> = new Set(['active', 'removal-requested']);
const CLOSED_STATUS: ReadonlyMap<string, PublicStatus> = new Map([['removed', 'removed'], ['expired', 'expired'], ['withdrawn', 'removed'], ['suspended', 'suspended']]);
/**
 * Steps of the procedure before the decision, and the handling of applications, stay internal:
 * the public history shows what changed the entry's standing (decision, publication, removal…).
 */
const INTERNAL_EVENTS: ReadonlySet<string> = new Set([
  'propose', 'serve-notice', 'receive-objection', 'verify-objection', 'consent', 'reject-proposal', 'request-early-removal', 'reject-removal',
  'reject', 'suspension-proposed',
]);

export type ExitStatus = 'removed' | 'expired';
export type PublicStatus = 'active' | ExitStatus | 'suspended';
export type EventLine = { event: string; onDate: string; docNo: string | null };
export type EntryDates = { state: string; listedOn: string | null; removedOn: string | null };
/** A stretch on the list: from (inclusive) to (exclusive: the day of removal is off the list). */
export type Segment = { from: string; to: string | null; exit: ExitStatus | null };

/** @example segmentsOf({ state: 'active', listedOn: '2025-01-02', removedOn: null }, []) // [{ from: '2025-01-02', to: null, exit: null }] */
export function segmentsOf(entry: EntryDates, events: readonly EventLine[]): Segment[] {
  const out: Segment[] = [];
  let open: Segment | null = null;
  for (const e of events) {
    if (STARTS.has(e.event) && open === null) {
      open = { from: e.onDate, to: null, exit: null };
      out.push(open);
    } else if (ENDS.has(e.event) && open !== null) {
      open.to = e.onDate;
      open.exit = ENDS.get(e.event) ?? 'removed';
      open = null;
    }
  }
  if (out.length > 0 || entry.listedOn === null) return out;
  // No life-cycle history (an entry entered or imported as it stands): its columns say it.
  if (ON_LIST_STATES.has(entry.state)) return [{ from: entry.listedOn, to: null, exit: null }];
  const closed = CLOSED_STATUS.get(entry.state);
  if (closed === undefined || entry.removedOn === null) return [];
  return [{ from: entry.listedOn, to: entry.removedOn, exit: closed === 'expired' ? 'expired' : 'removed' }];
}

export const onListAt = (segments: readonly Segment[], day: string): boolean =>
  segments.some((s) => s.from <= day && (s.to === null || day < s.to));

/** The last exit on or before the day, when the entry is off the list then. */
export function exitAt(segments: readonly Segment[], day: string): Segment | undefined {
  return segments.filter((s) => s.to !== null && s.to <= day).at(-1);
}

/** The status a publication cut off at `day` shows. */
export function statusAt(entry: EntryDates, segments: readonly Segment[], day: string): PublicStatus {
  if (onListAt(segments, day)) return 'active';
  if (entry.state === 'suspended') return 'suspended';
  return exitAt(segments, day)?.exit ?? CLOSED_STATUS.get(entry.state) ?? 'removed';
}

export const isPublicEvent = (event: string): boolean => !INTERNAL_EVENTS.has(event);

export type PeriodChange = 'added' | 'amended' | 'removed' | null;

/**
 * What happened to the entry in the period: put on the list (`added`), taken off (`removed`, also
 * for an entry both listed and removed within it), on the list throughout but its standing changed
 * (`amended`, e.g. removed and reinstated), or nothing (null). Entries with null and off the list
 * at the cut-off are not published.
 */
export function changeIn(segments: readonly Segment[], from: string, dayBefore: string, to: string): PeriodChange {
  const before = onListAt(segments, dayBefore);
  const after = onListAt(segments, to);
  const moved = segments.some((s) => (s.from >= from && s.from <= to) || (s.to !== null && s.to >= from && s.to <= to));
  if (!before && after) return 'added';
  if (!after) return moved ? 'removed' : null;
  return moved ? 'amended' : null;
}
