import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createCalendar, HolidayCalendarSchema, type HolidayCalendarFile } from '../../../src/core/calendar/working-days';
import type { Actor, ListEvent, ProposalBasis } from '../../../src/core/lists';
import type { CreditRecord } from '../../../src/core/records/record';

const file: HolidayCalendarFile = HolidayCalendarSchema.parse(JSON.parse(
  readFileSync(join(resolve(import.meta.dirname, '../../../resources'), 'calendars', 'cn-holidays.json'), 'utf8'),
));

/** The shipped calendar (2024–2026 official, 2027 provisional). */
export const calendar = createCalendar(file);

/**
 * The shipped calendar plus 2015–2023 as plain weekdays, so that Order 83 histories of 2021 can
 * be replayed. Synthetic: those years' real holidays are not in it; use only for rule selection.
 */
export const wideCalendar = createCalendar({
  ...file,
  years: { ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [String(2015 + i), { status: 'official' as const, holidays: [], workdays: [] }])), ...file.years },
});

export const officer: Actor = { userId: 'u-officer', role: 'officer' };
export const officer2: Actor = { userId: 'u-officer-2', role: 'officer' };
export const reviewer: Actor = { userId: 'u-reviewer', role: 'reviewer' };
export const upper: Actor = { userId: 'u-upper', role: 'reviewer' };
export const reviewer2: Actor = { userId: 'u-reviewer-2', role: 'reviewer' };
export const admin: Actor = { userId: 'u-admin', role: 'admin' };
export const system: Actor = { userId: 'scheduler', role: 'system' };

export const basis = (over: Partial<ProposalBasis> = {}): ProposalBasis => ({
  listType: 'serious-dishonesty',
  subjects: ['enterprise', 'person'],
  penaltyRecordIds: [101],
  art12: { malice: '明知产品不合格仍继续销售', frequency: '两年内第三次', duration: '持续 8 个月', amount: '罚没合计 120 万元' },
  reason: '生产销售不符合强制性国家标准的电动自行车，情节严重',
  legalBasis: '《市场监督管理严重违法失信名单管理办法》第七条',
  authority: '长沙县市场监督管理局',
  authorityLevel: 'county',
  restrictionEndsOn: null,
  ...over,
});

const doc = (title: string) => [{ title, docNo: `${title}-1` }];
export const evidence = () => [{ title: '证明材料', attachmentId: 7 }];
export const allConditions = () => ({
  obligationsPerformed: { met: true, evidence: evidence() },
  harmRemoved: { met: true, evidence: evidence() },
  noFurtherHeavyPenalty: { met: true, evidence: evidence() },
});

/** The Spring Festival 2026 walk: notice served 02-10; 5 working days end on 02-24 (02-15…23 off, 02-14 a 调休 Saturday). */
export const proposed: ListEvent[] = [{ type: 'propose', on: '2026-02-02', by: officer, basis: basis() }];
export const noticed: ListEvent[] = [...proposed, { type: 'serve-notice', on: '2026-02-10', by: officer, docNo: '长县市监告〔2026〕3号', documents: doc('列入告知书') }];
export const consented: ListEvent[] = [...noticed, { type: 'consent', on: '2026-02-25', by: upper, authority: '长沙市市场监督管理局' }];
export const decided: ListEvent[] = [...consented, { type: 'decide', on: '2026-02-25', by: reviewer, docNo: '长县市监列严〔2026〕1号' }];
export const active: ListEvent[] = [...decided, { type: 'publish', on: '2026-03-24', by: officer }];
export const removalRequested: ListEvent[] = [...active, { type: 'request-early-removal', on: '2027-02-25', by: officer, conditions: allConditions() }];
export const removed: ListEvent[] = [...removalRequested, { type: 'approve-removal', on: '2027-03-10', by: reviewer, docNo: '长县市监移严〔2027〕2号' }];

let nextId = 1;
export function record(over: Partial<CreditRecord>): CreditRecord {
  return {
    id: nextId++, kind: 'spot-checks', enterpriseId: 9, personId: null, productId: null, effect: 'negative', authority: '长沙市市场监督管理局',
    authorityCode: null, docNo: null, occurredOn: '2025-01-01', datePrecision: 'day', endsOn: null, outcome: null, severity: null,
    state: null, summary: '监督抽查不合格', details: {}, ...over,
  };
}
