import type Database from 'better-sqlite3';
import type { AnnouncementKind, ColumnMapping } from '../../../contract/announcements';
import type { HolidayCalendar } from '../../../core/calendar/working-days';
import type { ParsedRow } from '../../../core/import-parse/record-cells';
import { resolveDefaults, type Defaults, type Resolved } from './defaults';
import { planFollowUps, type FollowUpOutcome } from './follow-up-rows';
import { loadDecisions, matchFirm, type FirmOutcome, type NamedFirm } from './match';
import { readFile, type ReadFile } from './read';
import type { DraftContext, RowDraft } from './rows';
import { licenceRow, penaltyRow } from './sharing-rows';
import { spotCheckRow } from './spot-check-rows';
import { loadFirmIndex, subjectKey } from './subjects';

export type FirmGroup = { key: string; subjectKey: string; firm: NamedFirm; rows: number[]; outcome: FirmOutcome };

/** A file read and judged: what the preview shows and what the commit writes. */
export type Plan = {
  kind: AnnouncementKind;
  read: ReadFile;
  resolved: Resolved;
  /** Records mode: one per data row. */
  drafts: RowDraft[];
  /** Row number → the key of its firm group. */
  firmOfRow: Map<number, string>;
  firms: Map<string, FirmGroup>;
  /** Follow-up mode: one per data row. */
  followUps: FollowUpOutcome[];
};

const BUILDERS = { 'spot-checks': spotCheckRow, penalties: penaltyRow, licences: licenceRow } as const;

/** Rows grouped by the firm they name (name, place and code), each group matched once. */
export function matchFirms(db: Database.Database, drafts: readonly RowDraft[]): Pick<Plan, 'firms' | 'firmOfRow'> {
  const firms = new Map<string, FirmGroup>();
  const firmOfRow = new Map<number, string>();
  for (const d of drafts) {
    if (!d.firm || !d.draft) continue;
    const sk = subjectKey(d.firm.name, d.firm.place);
    const key = `${sk}#${d.firm.code ?? ''}`;
    const group = firms.get(key);
    if (group) group.rows.push(d.row);
    else firms.set(key, { key, subjectKey: sk, firm: d.firm, rows: [d.row], outcome: { verdict: 'none', via: 'none', enterprise: null, candidates: [], ruledOut: 0 } });
    firmOfRow.set(d.row, key);
  }
  if (firms.size === 0) return { firms, firmOfRow };
  const index = loadFirmIndex(db);
  const decisions = loadDecisions(db);
  for (const g of firms.values()) g.outcome = matchFirm(g.firm, index, decisions.get(g.subjectKey));
  return { firms, firmOfRow };
}

export type PlanInput = {
  kind: AnnouncementKind;
  bytes: Uint8Array;
  fileName: string;
  mapping: ColumnMapping;
  defaults: Defaults;
  today: string;
  calendar: HolidayCalendar;
  /** Rows the person left out: a follow-up row left out must not move the history later rows see. */
  exclude?: ReadonlySet<number>;
};

/**
 * Reads the file, makes each row a record (or a follow-up of an earlier one), and matches the
 * firms. Nothing is written: the preview shows this plan, and the commit writes it.
 */
export function buildPlan(db: Database.Database, input: PlanInput): Plan {
  const read = readFile(db, input.kind, input.bytes, input.fileName, input.mapping);
  const resolved = resolveDefaults(input.kind, input.defaults, read.title, input.today);
  const ctx: DraftContext = { fileName: input.fileName, ...resolved, mapping: read.layout.mapping };
  const plan: Plan = { kind: input.kind, read, resolved, drafts: [], firms: new Map(), firmOfRow: new Map(), followUps: [] };
  if (read.mode === 'follow-up') {
    const rows: ParsedRow[] = read.rows.filter((r) => !input.exclude?.has(r.rowNumber));
    const note = (row: number): string => `导入自《${input.fileName}》第 ${row} 行`;
    plan.followUps = planFollowUps(db, rows, read.layout.mapping, resolved.announcedOn, { calendar: input.calendar, today: input.today }, note);
    return plan;
  }
  const build = BUILDERS[input.kind];
  plan.drafts = read.rows.map((parsed, i) => {
    const row = read.layout.rows[i];
    if (!row) throw new Error('a parsed row without its layout row');
    return build(parsed, row, ctx);
  });
  return { ...plan, ...matchFirms(db, plan.drafts) };
}
