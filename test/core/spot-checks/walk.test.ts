import { describe, expect, it } from 'vitest';
import {
  allowedEvents, deadlinesFor, initialCase, outcomeForState, transition, type SpotCheckCase, type SpotCheckEvent,
} from '../../../src/core/spot-checks';
import { calendar } from './calendar';

/**
 * One failed product followed to the end, as an officer would record it: fail → serve the
 * result → order rectification → recheck 1 fails → provincial announcement → recheck 2 passes.
 */
describe('a full follow-up', () => {
  it('walks from the failed sample to the closing recheck', () => {
    const steps: [SpotCheckEvent, string][] = [
      [{ type: 'sample', on: '2025-08-05' }, 'sampled'],
      [{ type: 'start-test', on: '2025-08-06' }, 'testing'],
      [{ type: 'result-fail', on: '2025-08-29' }, 'failed'],
      [{ type: 'notify', on: '2025-09-02' }, 'failed'],
      [{ type: 'order-rectification', on: '2025-09-02' }, 'rectification'],
      [{ type: 'interview', on: '2025-09-10' }, 'rectification'],
      [{ type: 'rectification-reported', on: '2025-10-30' }, 'rectification'],
      [{ type: 'start-test', on: '2025-11-05' }, 'recheck1'],
      [{ type: 'recheck-fail', on: '2025-11-20' }, 'announced'],
      [{ type: 'announce', on: '2025-12-01' }, 'announced'],
      [{ type: 'start-test', on: '2026-02-10' }, 'recheck2'],
      [{ type: 'recheck-pass', on: '2026-03-02' }, 'closed-pass'],
    ];
    let c: SpotCheckCase = initialCase();
    const history: SpotCheckEvent[] = [];
    for (const [event, state] of steps) {
      expect(allowedEvents(c)).toContain(event.type);
      const r = transition(c, event, { calendar });
      expect(r.ok, r.ok ? '' : r.error.message).toBe(true);
      if (!r.ok) return;
      expect(r.value.warnings).toEqual([]);
      c = r.value.case;
      history.push(event);
      expect(c.state).toBe(state);
    }
    expect(c).toMatchObject({
      sampledOn: '2025-08-05', resultOn: '2025-08-29', notifiedOn: '2025-09-02', orderedOn: '2025-09-02',
      rectificationReportedOn: '2025-10-30', recheck1On: '2025-11-05', recheck1ResultOn: '2025-11-20',
      announcedOn: '2025-12-01', recheck2On: '2026-02-10', recheck2ResultOn: '2026-03-02',
    });
    // The failed sample stays a fail on the credit record; the passed recheck closes the case.
    expect(outcomeForState(c.state)).toBe('fail');
    expect(allowedEvents(c)).toEqual(['interview', 'penalty-opened', 'transfer']);

    const d = deadlinesFor(history, calendar, { asOf: '2026-03-02' });
    expect(d.ok && d.value.map((x) => [x.id, x.status])).toEqual([
      ['objection', 'lapsed'],
      ['rectification', 'met'],
      ['recheck1', 'met'],
      ['recheck2', 'met'],
    ]);
    // 2025-12-01 + 60 = 2026-01-30; + 90 = 2026-03-01, a Sunday → 2026-03-02.
    expect(d.ok && d.value.find((x) => x.id === 'recheck2')).toMatchObject({ notBefore: '2026-01-30', due: '2026-03-02' });
  });
});
