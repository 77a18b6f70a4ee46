import { describe, expect, it } from 'vitest';
import {
  allowedEvents, EVENTS_BY_STATE, initialCase, replay, SPOT_CHECK_EVENTS, SPOT_CHECK_STATE_LABELS, SPOT_CHECK_STATES,
  transition, type SpotCheckCase, type SpotCheckEvent, type SpotCheckEventType,
} from '../../../src/core/spot-checks';
import { calendar } from './calendar';

const ctx = { calendar };
const ev = (type: SpotCheckEventType, on: string): SpotCheckEvent => ({ type, on });

const sampled = [ev('sample', '2025-03-18')];
const testing = [...sampled, ev('start-test', '2025-03-19')];
const failed = [...testing, ev('result-fail', '2025-04-10')];
const notified = [...failed, ev('notify', '2025-04-14')];
const objection = [...notified, ev('objection-filed', '2025-04-20')];
const rectification = [...notified, ev('order-rectification', '2025-04-14')];
const recheck1 = [...rectification, ev('start-test', '2025-06-10')];
const announcedPending = [...recheck1, ev('recheck-fail', '2025-06-20')];
const announced = [...announcedPending, ev('announce', '2025-07-01')];
const recheck2 = [...announced, ev('start-test', '2025-09-01')];
const suspendedPending = [...recheck2, ev('recheck-fail', '2025-09-10')];
const suspended = [...suspendedPending, ev('suspend', '2025-09-15')];
const recheck3 = [...suspended, ev('start-test', '2025-11-01')];
const referredPending = [...recheck3, ev('recheck-fail', '2025-11-10')];

const SIDE = ['interview', 'penalty-opened', 'transfer'];

/** Each fixture: a history, the state it reaches, and the events the UI must offer — spelled out here, not read from the code. */
const FIXTURES: [string, SpotCheckEvent[], string, string[]][] = [
  ['new', [], 'planned', ['sample', 'refuse']],
  ['sampled', sampled, 'sampled', ['start-test']],
  ['refused', [ev('refuse', '2025-03-18')], 'refused', SIDE],
  ['testing', testing, 'testing', ['result-pass', 'result-fail']],
  ['passed', [...testing, ev('result-pass', '2025-04-10')], 'passed', []],
  ['failed, not yet served', failed, 'failed', ['notify', ...SIDE]],
  ['failed, served', notified, 'failed', ['objection-filed', 'order-rectification', ...SIDE]],
  ['objection', objection, 'objection', ['objection-accepted', 'objection-rejected', ...SIDE]],
  ['retest', [...objection, ev('objection-accepted', '2025-04-22')], 'retest', ['retest-upheld', 'retest-overturned', ...SIDE]],
  ['rectification', rectification, 'rectification', ['rectification-reported', 'start-test', 'objection-filed', ...SIDE]],
  ['rectification, reported', [...rectification, ev('rectification-reported', '2025-04-25')], 'rectification', ['start-test', 'objection-filed', ...SIDE]],
  ['rectification after an objection', [...rectification, ev('objection-filed', '2025-04-20'), ev('objection-rejected', '2025-04-22')], 'rectification', ['rectification-reported', 'start-test', ...SIDE]],
  ['recheck1', recheck1, 'recheck1', ['recheck-pass', 'recheck-fail', ...SIDE]],
  ['recheck1 failed, not yet announced', announcedPending, 'announced', ['announce', ...SIDE]],
  ['announced', announced, 'announced', ['start-test', ...SIDE]],
  ['recheck2', recheck2, 'recheck2', ['recheck-pass', 'recheck-fail', ...SIDE]],
  ['recheck2 failed, not yet suspended', suspendedPending, 'suspended', ['suspend', ...SIDE]],
  ['suspended', suspended, 'suspended', ['start-test', ...SIDE]],
  ['recheck3', recheck3, 'recheck3', ['recheck-pass', 'recheck-fail', ...SIDE]],
  ['closed-pass', [...recheck1, ev('recheck-pass', '2025-06-20')], 'closed-pass', SIDE],
  ['recheck3 failed, not yet referred', referredPending, 'referred', ['refer', ...SIDE]],
  ['referred', [...referredPending, ev('refer', '2025-11-20')], 'referred', SIDE],
];

function caseOf(history: SpotCheckEvent[]): SpotCheckCase {
  const r = replay(history, ctx);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.case;
}

/** A date inside every window for this event: the last event's date, or day 60 for recheck 2. */
function safeDate(c: SpotCheckCase, type: SpotCheckEventType): string {
  if (type === 'start-test' && c.state === 'announced' && c.announcedOn === '2025-07-01') return '2025-08-30';
  return c.lastEventOn ?? '2025-03-18';
}

describe('spot-check transitions', () => {
  it('covers every state in the fixtures, with labels for each', () => {
    expect(new Set(FIXTURES.map((f) => f[2]))).toEqual(new Set(SPOT_CHECK_STATES));
    for (const s of SPOT_CHECK_STATES) expect(SPOT_CHECK_STATE_LABELS[s].zh).not.toBe('');
  });

  describe.each(FIXTURES)('%s', (_name, history, state, allowed) => {
    const c = caseOf(history);

    it(`is in state ${state} and offers exactly the expected events`, () => {
      expect(c.state).toBe(state);
      expect(new Set(allowedEvents(c))).toEqual(new Set(allowed));
      // The static table is a superset: the UI may rely on it for a first filter.
      for (const e of allowed) expect(EVENTS_BY_STATE[c.state]).toContain(e);
    });

    it.each(SPOT_CHECK_EVENTS.map((e) => [e]))('%s is accepted only when offered', (type) => {
      const r = transition(c, ev(type, safeDate(c, type)), ctx);
      if (allowed.includes(type)) {
        expect(r.ok, r.ok ? '' : r.error.message).toBe(true);
      } else {
        expect(r).toMatchObject({ ok: false, error: { code: 'E_SPOTCHECK_TRANSITION', details: { state, event: type } } });
      }
    });
  });

  it('moves to the expected next states', () => {
    const next = (h: SpotCheckEvent[], e: SpotCheckEvent) => {
      const r = transition(caseOf(h), e, ctx);
      return r.ok ? r.value.case.state : r.error.code;
    };
    expect(next(notified, ev('order-rectification', '2025-04-15'))).toBe('rectification');
    expect(next([...objection, ev('objection-accepted', '2025-04-22')], ev('retest-overturned', '2025-05-10'))).toBe('passed');
    expect(next([...objection, ev('objection-accepted', '2025-04-22')], ev('retest-upheld', '2025-05-10'))).toBe('failed');
    expect(next(objection, ev('objection-rejected', '2025-04-22'))).toBe('failed');
    expect(next(recheck2, ev('recheck-pass', '2025-09-10'))).toBe('closed-pass');
    expect(next(recheck3, ev('recheck-pass', '2025-11-10'))).toBe('closed-pass');
    expect(next(recheck1, ev('interview', '2025-06-11'))).toBe('recheck1');
  });

  it('resumes the ordered rectification after an objection that changes nothing', () => {
    const h = [...rectification, ev('objection-filed', '2025-04-20'), ev('objection-accepted', '2025-04-21'), ev('retest-upheld', '2025-05-20')];
    expect(caseOf(h)).toMatchObject({ state: 'rectification', orderedOn: '2025-04-14', retestResultOn: '2025-05-20' });
  });

  it('explains why a blocked event is refused', () => {
    const r = transition(caseOf(failed), ev('objection-filed', '2025-04-12'), ctx);
    expect(r).toMatchObject({ ok: false, error: { code: 'E_SPOTCHECK_TRANSITION' } });
    expect(!r.ok && r.error.message).toContain('送达日期');
    const twice = transition(caseOf(notified), ev('notify', '2025-04-15'), ctx);
    expect(!twice.ok && twice.error.message).toContain('不能重复登记');
  });

  it('refuses dates that are not real, go backwards, or lie in the future', () => {
    const c = caseOf(testing);
    expect(transition(c, ev('result-fail', '2025-02-30'), ctx)).toMatchObject({ ok: false, error: { code: 'E_VALIDATION' } });
    expect(transition(c, ev('result-fail', '2025-03-18'), ctx)).toMatchObject({ ok: false, error: { code: 'E_SPOTCHECK_DATE_ORDER' } });
    expect(transition(c, ev('result-fail', '2025-03-19'), ctx)).toMatchObject({ ok: true });
    expect(transition(c, ev('result-fail', '2025-05-02'), { ...ctx, today: '2025-05-01' })).toMatchObject({ ok: false, error: { code: 'E_SPOTCHECK_DATE_ORDER' } });
  });

  it('reports the index of the first refused event of a history', () => {
    const r = replay([...sampled, ev('result-pass', '2025-03-20')], ctx);
    expect(r).toMatchObject({ ok: false, error: { code: 'E_SPOTCHECK_TRANSITION', details: { index: 1 } } });
  });

  it('starts from planned', () => {
    expect(initialCase()).toMatchObject({ state: 'planned', lastEventOn: null });
  });
});
