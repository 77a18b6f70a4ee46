/** Red and black lists: list types, the black-list life cycle, its deadlines, and red-list rules. */
export { initialListCase, type ListCase } from './case';
export { deadlinesFor, LIST_DEADLINE_IDS, LIST_DEADLINE_LABELS, type ListDeadline, type ListDeadlineId, type ListDeadlineStatus } from './deadlines';
export {
  ActorSchema, ART12_FACTORS, ART12_LABELS, DocumentRefSchema, ListEventSchema, ProposalBasisSchema, REMOVAL_CONDITION_LABELS,
  REMOVAL_CONDITIONS, RemovalConditionsSchema, type Actor, type Art12Factor, type DocumentRef, type ListEvent, type ParsedListEvent,
  type ProposalBasis, type RemovalCondition, type RemovalConditions,
} from './events';
export { consentNeeded, DEFAULT_LIST_ROLES, roleProblem, type ListRoles } from './guards';
export { DEFAULT_LIST_TYPES, LIFE_CYCLES, LIST_SUBJECTS, listTypeById, type LifeCycle, type ListSubject, type ListTypeConfig } from './list-types';
export { allowedEvents, replay, transition, type ListContext, type ListTransitioned } from './machine';
export {
  AWARD_RANK, DEFAULT_RED_LIST_RULES, DEFAULT_SUSPENSION_RULES, redListCandidate, suspensionProposals, type AwardLevel, type LatestGrade,
  type RedEntryRef, type RedListReason, type RedListRules, type RedListVerdict, type SuspensionProposal, type SuspensionRules,
} from './red-list';
export {
  CLOSED_LIST_STATES, isBeforeListing, isListState, LIST_EVENT_LABELS, LIST_EVENTS, LIST_EVENTS_BY_STATE, LIST_STATE_LABELS, LIST_STATES,
  type ListEventType, type ListState,
} from './states';
export { LIST_WARNINGS, noticeWindowEnd, type ListWarning, type ListWarningCode } from './windows';
