import type { SpotCheckEventType, SpotCheckState } from './states';

/** One dated fact of the follow-up, as the officer records it. `on` is an ISO date. */
export type SpotCheckEvent = {
  type: SpotCheckEventType;
  on: string;
  note?: string;
};

/**
 * A spot check's follow-up so far: the state, and the dates the law counts periods from.
 * It is a fold of the event history (`replay`); stored, only `state` and the history are needed.
 */
export type SpotCheckCase = {
  state: SpotCheckState;
  /** Date of the latest event: events are recorded in date order. */
  lastEventOn: string | null;
  sampledOn: string | null;
  resultOn: string | null;
  /** The day the party received the result (送达): the objection window counts from it. */
  notifiedOn: string | null;
  objectionFiledOn: string | null;
  objectionDecidedOn: string | null;
  retestResultOn: string | null;
  /** 责令整改通知书 date: rectification and recheck 1 count from it. */
  orderedOn: string | null;
  rectificationReportedOn: string | null;
  recheck1On: string | null;
  recheck1ResultOn: string | null;
  announcedOn: string | null;
  recheck2On: string | null;
  recheck2ResultOn: string | null;
  suspendedOn: string | null;
  recheck3On: string | null;
  recheck3ResultOn: string | null;
  referredOn: string | null;
};

/** @example initialCase().state // 'planned' */
export function initialCase(): SpotCheckCase {
  return {
    state: 'planned', lastEventOn: null, sampledOn: null, resultOn: null, notifiedOn: null, objectionFiledOn: null,
    objectionDecidedOn: null, retestResultOn: null, orderedOn: null, rectificationReportedOn: null, recheck1On: null,
    recheck1ResultOn: null, announcedOn: null, recheck2On: null, recheck2ResultOn: null, suspendedOn: null,
    recheck3On: null, recheck3ResultOn: null, referredOn: null,
  };
}

/** Which date field an event fills, given the state it happens in (start-test means three things). */
export function dateFieldFor(state: SpotCheckState, type: SpotCheckEventType): keyof SpotCheckCase | null {
  switch (type) {
    case 'sample': return 'sampledOn';
    case 'start-test':
      return state === 'rectification' ? 'recheck1On' : state === 'announced' ? 'recheck2On' : state === 'suspended' ? 'recheck3On' : null;
    case 'result-pass':
    case 'result-fail': return 'resultOn';
    case 'notify': return 'notifiedOn';
    case 'objection-filed': return 'objectionFiledOn';
    case 'objection-accepted':
    case 'objection-rejected': return 'objectionDecidedOn';
    case 'retest-upheld':
    case 'retest-overturned': return 'retestResultOn';
    case 'order-rectification': return 'orderedOn';
    case 'rectification-reported': return 'rectificationReportedOn';
    case 'recheck-pass':
    case 'recheck-fail':
      return state === 'recheck1' ? 'recheck1ResultOn' : state === 'recheck2' ? 'recheck2ResultOn' : state === 'recheck3' ? 'recheck3ResultOn' : null;
    case 'announce': return 'announcedOn';
    case 'suspend': return 'suspendedOn';
    case 'refer': return 'referredOn';
    default: return null;
  }
}
