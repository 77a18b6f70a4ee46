import { describe, expect, it } from 'vitest';
import { deadlinesFor, replay, transition, type SpotCheckEvent, type SpotCheckEventType } from '../../../src/core/spot-checks';
import { calendar } from './calendar';

const ctx = { calendar };
const ev = (type: SpotCheckEventType, on: string): SpotCheckEvent => ({ type, on });

/** A failed check whose result was served on `notifiedOn`. */
const servedOn = (notifiedOn: string): SpotCheckEvent[] => [
  ev('sample', '2025-01-06'), ev('start-test', '2025-01-07'), ev('result-fail', '2025-01-20'), ev('notify', notifiedOn),
];
const orderedOn = (on: string): SpotCheckEvent[] => [...servedOn(on), ev('order-rectification', on)];
const announcedOn = (on: string): SpotCheckEvent[] => [
  ...orderedOn('2025-06-02'), ev('start-test', '2025-07-01'), ev('recheck-fail', '2025-07-10'), ev('announce', on),
];

function apply(history: SpotCheckEvent[], last: SpotCheckEvent, rules = {}) {
  const base = replay(history, { ...ctx, rules });
  if (!base.ok) throw new Error(base.error.message);
  return transition(base.value.case, last, { ...ctx, rules });
}

describe('objection window (15 calendar days from service of the result)', () => {
  it('ends on day 15 on an ordinary day', () => {
    expect(apply(servedOn('2025-03-03'), ev('objection-filed', '2025-03-18'))).toMatchObject({ ok: true, value: { case: { state: 'objection' } } });
    expect(apply(servedOn('2025-03-03'), ev('objection-filed', '2025-03-19'))).toMatchObject({ ok: false, error: { code: 'E_SPOTCHECK_DEADLINE', details: { due: '2025-03-18' } } });
  });

  it('runs past National Day 2025 when day 15 is a holiday', () => {
    // 09-23 + 15 = 10-08, the last day of the 2025 National Day holiday → 10-09.
    expect(apply(servedOn('2025-09-23'), ev('objection-filed', '2025-10-09'))).toMatchObject({ ok: true });
    const late = apply(servedOn('2025-09-23'), ev('objection-filed', '2025-10-10'));
    expect(late).toMatchObject({ ok: false, error: { code: 'E_SPOTCHECK_DEADLINE', details: { due: '2025-10-09' } } });
    expect(!late.ok && late.error.message).toContain('2025-10-09');
  });

  it('runs past the 2026 Spring Festival', () => {
    // 02-01 + 15 = 02-16, inside 15–23 Feb → 02-24.
    expect(apply(servedOn('2026-02-01'), ev('objection-filed', '2026-02-24'))).toMatchObject({ ok: true });
    expect(apply(servedOn('2026-02-01'), ev('objection-filed', '2026-02-25'))).toMatchObject({ ok: false, error: { code: 'E_SPOTCHECK_DEADLINE' } });
  });

  it('can count working days instead, as a local rule may', () => {
    const rules = { objectionDayBasis: 'working' as const };
    // 15 working days from Fri 6 Feb 2026, over the Spring Festival and two 调休 Saturdays → 5 March.
    expect(apply(servedOn('2026-02-06'), ev('objection-filed', '2026-03-05'), rules)).toMatchObject({ ok: true });
    expect(apply(servedOn('2026-02-06'), ev('objection-filed', '2026-03-06'), rules)).toMatchObject({ ok: false, error: { code: 'E_SPOTCHECK_DEADLINE' } });
  });
});

describe('late acts of the agency are recorded with a warning', () => {
  const filed = (on: string) => [...servedOn('2025-09-20'), ev('objection-filed', on)];

  it('decision on the objection: 3 working days, across National Day 2025', () => {
    // Filed Mon 29 Sep: 30 Sep, 9 Oct, 10 Oct.
    expect(apply(filed('2025-09-29'), ev('objection-accepted', '2025-10-10'))).toMatchObject({ ok: true, value: { warnings: [] } });
    expect(apply(filed('2025-09-29'), ev('objection-accepted', '2025-10-11'))).toMatchObject({
      ok: true, value: { case: { state: 'retest' }, warnings: [{ code: 'LATE_OBJECTION_DECISION', due: '2025-10-10' }] },
    });
  });

  it('rectification report: 60 days from the order, past a holiday', () => {
    // 08-02 + 60 = 10-01 → 10-09.
    expect(apply(orderedOn('2025-08-02'), ev('rectification-reported', '2025-10-09'))).toMatchObject({ ok: true, value: { warnings: [] } });
    expect(apply(orderedOn('2025-08-02'), ev('rectification-reported', '2025-10-10'))).toMatchObject({ ok: true, value: { warnings: [{ code: 'LATE_RECTIFICATION' }] } });
  });

  it('recheck 1: 75 days from the order; later is allowed but flagged', () => {
    // 07-18 + 75 = 10-01 → 10-09.
    expect(apply(orderedOn('2025-07-18'), ev('start-test', '2025-10-09'))).toMatchObject({ ok: true, value: { case: { state: 'recheck1' }, warnings: [] } });
    expect(apply(orderedOn('2025-07-18'), ev('start-test', '2025-10-10'))).toMatchObject({
      ok: true, value: { case: { state: 'recheck1' }, warnings: [{ code: 'LATE_RECHECK1', due: '2025-10-09' }] },
    });
  });
});

describe('recheck 2: 60 to 90 days after the announcement', () => {
  it('is refused before day 60, which no holiday moves', () => {
    // 2025-11-25 + 60 = Sat 2026-01-24.
    expect(apply(announcedOn('2025-11-25'), ev('start-test', '2026-01-23'))).toMatchObject({ ok: false, error: { code: 'E_SPOTCHECK_DEADLINE', details: { notBefore: '2026-01-24' } } });
    expect(apply(announcedOn('2025-11-25'), ev('start-test', '2026-01-24'))).toMatchObject({ ok: true, value: { case: { state: 'recheck2' }, warnings: [] } });
  });

  it('is flagged after day 90, which the 2026 Spring Festival moves to 24 Feb', () => {
    expect(apply(announcedOn('2025-11-25'), ev('start-test', '2026-02-24'))).toMatchObject({ ok: true, value: { warnings: [] } });
    expect(apply(announcedOn('2025-11-25'), ev('start-test', '2026-02-25'))).toMatchObject({ ok: true, value: { warnings: [{ code: 'LATE_RECHECK2', due: '2026-02-24' }] } });
  });
});

describe('deadlinesFor', () => {
  const byId = (r: ReturnType<typeof deadlinesFor>) => (r.ok ? Object.fromEntries(r.value.map((d) => [d.id, d])) : {});

  it('lists only the periods that have started', () => {
    expect(deadlinesFor([ev('sample', '2025-03-18')], calendar, { asOf: '2025-04-01' })).toEqual({ ok: true, value: [] });
    const d = byId(deadlinesFor(servedOn('2025-09-23'), calendar, { asOf: '2025-10-01' }));
    expect(Object.keys(d)).toEqual(['objection']);
    expect(d.objection).toMatchObject({ from: '2025-09-23', due: '2025-10-09', basis: 'calendar', status: 'open', overdue: false, party: 'enterprise' });
  });

  it('lets an unused objection window lapse without calling it overdue', () => {
    expect(byId(deadlinesFor(servedOn('2025-09-23'), calendar, { asOf: '2025-10-09' })).objection).toMatchObject({ status: 'open' });
    expect(byId(deadlinesFor(servedOn('2025-09-23'), calendar, { asOf: '2025-10-10' })).objection).toMatchObject({ status: 'lapsed', overdue: false });
  });

  it('flags the agency overdue on the day after the due date, and void once the case moved on', () => {
    const h = orderedOn('2025-07-18');
    expect(byId(deadlinesFor(h, calendar, { asOf: '2025-10-09' })).recheck1).toMatchObject({ due: '2025-10-09', status: 'open', overdue: false });
    expect(byId(deadlinesFor(h, calendar, { asOf: '2025-10-10' })).recheck1).toMatchObject({ status: 'overdue', overdue: true, party: 'agency' });
    expect(byId(deadlinesFor(h, calendar, { asOf: '2025-10-10' })).rectification).toMatchObject({ due: '2025-09-16', status: 'overdue' });
    expect(byId(deadlinesFor(h, calendar, { asOf: '2025-10-10' })).objection).toMatchObject({ status: 'lapsed' });

    const late = byId(deadlinesFor([...h, ev('start-test', '2025-10-10')], calendar, { asOf: '2025-12-01' }));
    expect(late.recheck1).toMatchObject({ status: 'late', metOn: '2025-10-10', overdue: true });

    const overturned = [...orderedOn('2025-07-18'), ev('objection-filed', '2025-07-20'), ev('objection-accepted', '2025-07-21'), ev('retest-overturned', '2025-08-15')];
    const v = byId(deadlinesFor(overturned, calendar, { asOf: '2025-12-01' }));
    expect(v.recheck1).toMatchObject({ status: 'void', overdue: false });
    expect(v.objection).toMatchObject({ status: 'met', metOn: '2025-07-20' });
    expect(v['objection-decision']).toMatchObject({ basis: 'working', status: 'met' });
  });

  it('gives recheck 2 its window', () => {
    const d = byId(deadlinesFor(announcedOn('2025-11-25'), calendar, { asOf: '2026-01-01' }));
    expect(d.recheck2).toMatchObject({ notBefore: '2026-01-24', due: '2026-02-24', status: 'open' });
    expect(byId(deadlinesFor(announcedOn('2025-11-25'), calendar, { asOf: '2026-02-25' })).recheck2).toMatchObject({ status: 'overdue' });
  });

  it('marks due dates in a provisional year and refuses years the calendar lacks', () => {
    const y2027 = [ev('sample', '2027-09-01'), ev('start-test', '2027-09-02'), ev('result-fail', '2027-09-15'), ev('notify', '2027-09-20')];
    expect(byId(deadlinesFor(y2027, calendar, { asOf: '2027-09-21' })).objection).toMatchObject({ due: '2027-10-05', provisional: true });
    const order = [...y2027, ev('order-rectification', '2027-12-01')];
    expect(deadlinesFor(order, calendar, { asOf: '2027-12-02' })).toMatchObject({ ok: false, error: { code: 'E_CALENDAR_UNCOVERED' } });
  });

  it('does not need the calendar for an act plainly inside its period', () => {
    // Day 10 of 75 from an order in December 2027: within, whatever 2028's holidays are.
    const order = [ev('sample', '2027-09-01'), ev('start-test', '2027-09-02'), ev('result-fail', '2027-09-15'), ev('notify', '2027-09-20'), ev('order-rectification', '2027-12-01')];
    expect(apply(order, ev('start-test', '2027-12-11'))).toMatchObject({ ok: true, value: { warnings: [] } });
    expect(apply(order, ev('start-test', '2028-03-01'))).toMatchObject({ ok: true, value: { warnings: [{ code: 'CALENDAR_UNCOVERED' }] } });
  });

  it('returns the error of a refused history', () => {
    expect(deadlinesFor([ev('notify', '2025-01-01')], calendar, { asOf: '2025-01-02' })).toMatchObject({ ok: false, error: { code: 'E_SPOTCHECK_TRANSITION' } });
  });
});
