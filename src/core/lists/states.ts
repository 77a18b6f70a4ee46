/**
 * The black-list life cycle (domain §8.2, serious-list entry, Order 44 model). Ids are stored in
 * `list_entries.state` and `list_events.event`: never rename one. `active` is the state
 * evaluation models test for (a listed, published entry).
 */
export const LIST_STATES = [
  'new', 'draft', 'notice-served', 'objection', 'heard', 'consented', 'decided', 'active', 'removal-requested',
  'removed', 'expired', 'withdrawn', 'dropped',
] as const;
export type ListState = (typeof LIST_STATES)[number];

export const LIST_STATE_LABELS: Readonly<Record<ListState, { zh: string; en: string }>> = {
  new: { zh: '未立项', en: 'New' },
  draft: { zh: '拟列入（草稿）', en: 'Proposed (draft)' },
  'notice-served': { zh: '已告知（陈述申辩期）', en: 'Notice served' },
  objection: { zh: '陈述申辩/听证待核实', en: 'Objection to verify' },
  heard: { zh: '陈述申辩已核实', en: 'Objection verified' },
  consented: { zh: '上级已同意', en: 'Upper level consented' },
  decided: { zh: '已决定列入（待公示）', en: 'Decided (to publish)' },
  active: { zh: '列入中', en: 'Listed' },
  'removal-requested': { zh: '提前移出申请待审', en: 'Early removal requested' },
  removed: { zh: '已提前移出', en: 'Removed early' },
  expired: { zh: '期满移出', en: 'Expired' },
  withdrawn: { zh: '已撤销列入（处罚被撤销）', en: 'Withdrawn (penalty annulled)' },
  dropped: { zh: '不予列入', en: 'Not listed' },
};

export const LIST_EVENTS = [
  'propose', 'serve-notice', 'receive-objection', 'verify-objection', 'consent', 'decide', 'reject-proposal', 'publish',
  'request-early-removal', 'approve-removal', 'reject-removal', 'expire', 'withdraw', 'reinstate',
] as const;
export type ListEventType = (typeof LIST_EVENTS)[number];

export const LIST_EVENT_LABELS: Readonly<Record<ListEventType, { zh: string; en: string }>> = {
  propose: { zh: '提出列入建议', en: 'Propose listing' },
  'serve-notice': { zh: '送达列入告知书', en: 'Serve the notice' },
  'receive-objection': { zh: '收到陈述申辩/听证申请', en: 'Objection received' },
  'verify-objection': { zh: '核实陈述申辩', en: 'Verify the objection' },
  consent: { zh: '上级部门同意', en: 'Upper-level consent' },
  decide: { zh: '作出列入决定', en: 'Decide the listing' },
  'reject-proposal': { zh: '决定不予列入', en: 'Reject the proposal' },
  publish: { zh: '公示', en: 'Publish' },
  'request-early-removal': { zh: '受理提前移出申请', en: 'Early-removal application' },
  'approve-removal': { zh: '决定提前移出', en: 'Approve early removal' },
  'reject-removal': { zh: '决定不予提前移出', en: 'Reject early removal' },
  expire: { zh: '期满自动移出', en: 'Expire' },
  withdraw: { zh: '撤销列入（处罚被撤销）', en: 'Withdraw (penalty annulled)' },
  reinstate: { zh: '撤销移出决定，恢复列入（以欺骗手段移出）', en: 'Reinstate (removal obtained by fraud)' },
};

/** States past which nothing happens but a reinstatement (from `removed`). */
export const CLOSED_LIST_STATES: readonly ListState[] = ['removed', 'expired', 'withdrawn', 'dropped'];

/**
 * States in which a listing is in force: published and not yet removed. A pending early-removal
 * application does not lift the measures (bans on serving as legal representative among them).
 */
export const IN_FORCE_LIST_STATES: readonly ListState[] = ['active', 'removal-requested'];

const BEFORE_LISTING = ['draft', 'notice-served', 'objection', 'heard', 'consented', 'decided'] as const;

/** Events each state admits, before roles, prerequisites and dates (`allowedEvents` applies those). */
export const LIST_EVENTS_BY_STATE: Readonly<Record<ListState, readonly ListEventType[]>> = {
  new: ['propose'],
  draft: ['serve-notice', 'reject-proposal', 'withdraw'],
  'notice-served': ['receive-objection', 'consent', 'decide', 'reject-proposal', 'withdraw'],
  objection: ['verify-objection', 'withdraw'],
  heard: ['consent', 'decide', 'reject-proposal', 'withdraw'],
  consented: ['decide', 'reject-proposal', 'withdraw'],
  decided: ['publish', 'withdraw'],
  active: ['request-early-removal', 'expire', 'withdraw'],
  'removal-requested': ['approve-removal', 'reject-removal', 'expire', 'withdraw'],
  removed: ['reinstate'],
  expired: [],
  withdrawn: [],
  dropped: [],
};

/** @example isBeforeListing('heard') // true */
export const isBeforeListing = (s: ListState): boolean => (BEFORE_LISTING as readonly string[]).includes(s);
export const isListState = (value: string): value is ListState => (LIST_STATES as readonly string[]).includes(value);
