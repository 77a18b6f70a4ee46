import type Database from 'better-sqlite3';
import type { RowProblem } from '../../../contract/announcements';
import { parseFollowUp, type FollowUpStatus } from '../../../core/import-parse/follow-up';
import type { ParsedRow } from '../../../core/import-parse/record-cells';
import { surfaceName } from '../../../core/matching/name';
import type { SpotCheckEvent } from '../../../core/spot-checks/case';
import type { TransitionContext } from '../../../core/spot-checks/machine';
import type { HeaderMapping } from '../../../core/import-parse/header-map';
import { historyOf } from '../spot-check-follow-up';
import { planFollowUp, type FollowUpPlan } from './follow-up-plan';
import { rowProblem, text } from './rows';
import type { RecordEventRow } from '../../db/schema';

type Check = { id: number; firms: string[]; product: string; batch: string; reportNo: string; productionDate: string; failed: boolean };

/** Every spot check on record, keyed by firm (as named and as registered) and product. */
export type CheckIndex = Map<string, Check[]>;

const norm = (s: string): string => surfaceName(s);

export function loadChecks(db: Database.Database): CheckIndex {
  const rows = db.prepare(`SELECT r.id, r.subject_name AS subject, e.name AS enterprise, r.details, r.outcome FROM credit_records r
    LEFT JOIN enterprises e ON e.id = r.enterprise_id WHERE r.kind = 'spot-checks' AND r.deleted_at IS NULL`).all() as { id: number; subject: string; enterprise: string | null; details: string; outcome: string | null }[];
  const index: CheckIndex = new Map();
  for (const r of rows) {
    const d = JSON.parse(r.details) as Record<string, unknown>;
    const s = (k: string): string => (typeof d[k] === 'string' ? (d[k] as string) : '');
    const firms = [...new Set([norm(r.subject), ...(r.enterprise ? [norm(r.enterprise)] : [])])];
    const check = { id: r.id, firms, product: norm(s('productName')), batch: s('batch'), reportNo: s('reportNo'), productionDate: s('productionDate'), failed: r.outcome === 'fail' || r.outcome === 'refused' };
    for (const f of firms) {
      const key = `${f}|${check.product}`;
      const list = index.get(key);
      if (list) list.push(check);
      else index.set(key, [check]);
    }
  }
  return index;
}

/** Equal when both sides state it; a side that does not say it does not contradict. */
const agrees = (a: string, b: string): boolean => a === '' || b === '' || a === b;

/**
 * The earlier check a follow-up row is about: same firm and product, and the same batch, report
 * number and production date where both state them. Of several, the failed ones; still several
 * is ambiguous, and never guessed.
 */
export function findCheck(parsed: ParsedRow, index: CheckIndex): { id: number } | 'none' | 'ambiguous' {
  const key = `${norm(text(parsed, 'firmName'))}|${norm(text(parsed, 'productName'))}`;
  const found = (index.get(key) ?? []).filter((c) => agrees(text(parsed, 'batch'), c.batch) && agrees(text(parsed, 'reportNumber'), c.reportNo)
    && agrees(text(parsed, 'productionDate'), c.productionDate));
  const failed = found.filter((c) => c.failed);
  const pick = failed.length > 0 ? failed : found;
  if (pick.length === 0) return 'none';
  return pick.length === 1 && pick[0] ? { id: pick[0].id } : 'ambiguous';
}

/** Every state the row's follow-up cells name (整改情况, 复查结果, 处罚情况), and their text. */
export function statusesOf(parsed: ParsedRow): { statuses: FollowUpStatus[]; note: string } {
  const texts = ['rectification', 'recheck', 'penalty', 'penaltyAmount'].map((f) => parsed.cells[f]?.original ?? '').filter((t) => t.trim() !== '');
  const statuses = new Set<FollowUpStatus>();
  for (const t of texts) for (const s of parseFollowUp(t).statuses) statuses.add(s);
  return { statuses: [...statuses], note: texts.join('；').replace(/\s+/gu, ' ').slice(0, 500) };
}

export type FollowUpOutcome = { row: number; recordId: number | null; plan: FollowUpPlan | null; problems: RowProblem[] };

/**
 * Plans every follow-up row in order, each on the history the rows before it left (two rows
 * about one check apply one after the other). Histories are read once per check.
 */
export function planFollowUps(
  db: Database.Database, rows: readonly ParsedRow[], mapping: HeaderMapping, on: string, ctx: TransitionContext, fileNote: (row: number) => string,
): FollowUpOutcome[] {
  const index = loadChecks(db);
  const histories = new Map<number, SpotCheckEvent[]>();
  const events = db.prepare('SELECT id, event, on_date AS onDate, note FROM record_events WHERE record_id = ? ORDER BY id');
  return rows.map((parsed) => {
    const fail = (code: 'E_FOLLOW_UP_NO_CHECK' | 'E_FOLLOW_UP_AMBIGUOUS' | 'E_SPOTCHECK_TRANSITION', message?: string): FollowUpOutcome =>
      ({ row: parsed.rowNumber, recordId: null, plan: null, problems: [rowProblem(parsed, code === 'E_SPOTCHECK_TRANSITION' ? 'rectification' : 'productName', code, mapping, message)] });
    const found = findCheck(parsed, index);
    if (found === 'none') return fail('E_FOLLOW_UP_NO_CHECK');
    if (found === 'ambiguous') return fail('E_FOLLOW_UP_AMBIGUOUS');
    let history = histories.get(found.id);
    if (!history) histories.set(found.id, (history = historyOf(events.all(found.id) as RecordEventRow[])));
    const { statuses, note } = statusesOf(parsed);
    const plan = planFollowUp(history, statuses, on, ctx, `${note}（${fileNote(parsed.rowNumber)}）`);
    if (!plan.ok) return { ...fail('E_SPOTCHECK_TRANSITION', plan.error.message), recordId: found.id };
    history.push(...plan.value.events);
    return { row: parsed.rowNumber, recordId: found.id, plan: plan.value, problems: [] };
  });
}
