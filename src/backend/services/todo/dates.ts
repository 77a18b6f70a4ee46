import type { TodoStatus } from '../../../contract/todo';
import { formatDay, parseDay } from '../../../core/evaluation/dates';

/** @example plusDays('2026-12-31', 1) // '2027-01-01' */
export const plusDays = (iso: string, n: number): string => formatDay(parseDay(iso) + n);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => parseDay(to) - parseDay(from);

/** The window a to-do list looks at: today, and the last day still counted as due soon. */
export type Horizon = { asOf: string; until: string };

/**
 * Where a deadline stands for the to-do list: missed, due within the horizon, or neither (null).
 * The core's own status decides what is still running; the horizon only decides "soon".
 */
export function todoStatusOf(coreStatus: string, due: string, h: Horizon): TodoStatus | null {
  if (coreStatus === 'overdue') return 'overdue';
  if (coreStatus === 'open' && due <= h.until) return 'due-soon';
  return null;
}
