import type { SpotCheckEvent } from './case';

/**
 * The events a spot check entered with already in a given state imply: the machine starts at
 * 计划 and only reaches 不合格 through sampling, testing and a result, so those are recorded too
 * (dated from the report), and the follow-up replays from a complete history.
 *
 * @example impliedEvents('failed', { sampledOn: '2025-03-18', resultOn: '2025-04-10' }).map((e) => e.type) // ['sample', 'start-test', 'result-fail']
 */
export function impliedEvents(state: string | null, details: Record<string, unknown>): SpotCheckEvent[] {
  const sampledOn = typeof details.sampledOn === 'string' ? details.sampledOn : null;
  const resultOn = typeof details.resultOn === 'string' ? details.resultOn : sampledOn;
  if (sampledOn === null || state === null || state === 'planned') return [];
  if (state === 'refused') return [{ type: 'refuse', on: sampledOn }];
  const events: SpotCheckEvent[] = [{ type: 'sample', on: sampledOn }];
  if (state === 'sampled') return events;
  events.push({ type: 'start-test', on: sampledOn });
  if (state === 'passed') events.push({ type: 'result-pass', on: resultOn ?? sampledOn });
  else if (state !== 'testing') events.push({ type: 'result-fail', on: resultOn ?? sampledOn });
  return events;
}
