/** The spot-check follow-up: states, events, the transition function and the deadlines. */
export { initialCase, type SpotCheckCase, type SpotCheckEvent } from './case';
export { deadlinesFor, DEADLINE_IDS, DEADLINE_LABELS, type DeadlineId, type DeadlineStatus, type SpotCheckDeadline } from './deadlines';
export { allowedEvents, replay, transition, type TransitionContext, type Transitioned } from './machine';
export { DEFAULT_SPOT_CHECK_RULES, resolveRules, type DayBasis, type SpotCheckRules } from './rules';
export {
  CLOSED_STATES, EVENTS_BY_STATE, isSpotCheckState, outcomeForState, SIDE_EVENTS, SPOT_CHECK_EVENT_LABELS, SPOT_CHECK_EVENTS,
  SPOT_CHECK_STATE_LABELS, SPOT_CHECK_STATES, type SideEvent, type SpotCheckEventType, type SpotCheckState,
} from './states';
export { SPOT_CHECK_WARNINGS, type SpotCheckWarning, type SpotCheckWarningCode } from './windows';
export { impliedEvents } from './implied';
