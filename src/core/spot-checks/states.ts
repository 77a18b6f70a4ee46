import type { RecordOutcome } from '../records/record';

/**
 * The follow-up of a supervisory spot check (domain §5, §8.2): 产品质量法 Arts 15–17 and the
 * SAMR 2019 measure Arts 44–50. The ids are stored in `CreditRecord.state`; never rename one.
 *
 * Pattern: a failing verdict moves the case to the stage of its consequence, and the act of that
 * stage (notify, announce, suspend, refer) is recorded there with its date, once. The next
 * recheck can only start after that act, because the law counts its windows from the act.
 */
export const SPOT_CHECK_STATES = [
  'planned', 'sampled', 'refused', 'testing', 'passed', 'failed', 'objection', 'retest', 'rectification',
  'recheck1', 'announced', 'recheck2', 'suspended', 'recheck3', 'closed-pass', 'referred',
] as const;
export type SpotCheckState = (typeof SPOT_CHECK_STATES)[number];

export const SPOT_CHECK_STATE_LABELS: Readonly<Record<SpotCheckState, { zh: string; en: string }>> = {
  planned: { zh: '已列入计划', en: 'Planned' },
  sampled: { zh: '已抽样', en: 'Sampled' },
  refused: { zh: '拒绝抽检', en: 'Sampling refused' },
  testing: { zh: '检验中', en: 'Testing' },
  passed: { zh: '合格（已结案）', en: 'Passed (closed)' },
  failed: { zh: '不合格（通知企业）', en: 'Failed (notify the party)' },
  objection: { zh: '复检申请待处理', en: 'Objection filed' },
  retest: { zh: '复检中', en: 'Retesting' },
  rectification: { zh: '责令整改', en: 'Rectification ordered' },
  recheck1: { zh: '第一次复查', en: 'First recheck' },
  announced: { zh: '省级公告', en: 'Provincial announcement' },
  recheck2: { zh: '公告后复查', en: 'Recheck after announcement' },
  suspended: { zh: '停业整顿', en: 'Suspended for rectification' },
  recheck3: { zh: '整顿后复查', en: 'Recheck after suspension' },
  'closed-pass': { zh: '复查合格（已结案）', en: 'Recheck passed (closed)' },
  referred: { zh: '移送吊销营业执照', en: 'Referred for licence revocation' },
};

/** Events that leave the state as it is: they are recorded on the case's timeline. */
export const SIDE_EVENTS = ['interview', 'penalty-opened', 'transfer'] as const;
export type SideEvent = (typeof SIDE_EVENTS)[number];

export const SPOT_CHECK_EVENTS = [
  'sample', 'refuse', 'start-test', 'result-pass', 'result-fail', 'notify', 'objection-filed', 'objection-accepted',
  'objection-rejected', 'retest-upheld', 'retest-overturned', 'order-rectification', 'rectification-reported',
  'recheck-pass', 'recheck-fail', 'announce', 'suspend', 'refer', ...SIDE_EVENTS,
] as const;
export type SpotCheckEventType = (typeof SPOT_CHECK_EVENTS)[number];

export const SPOT_CHECK_EVENT_LABELS: Readonly<Record<SpotCheckEventType, { zh: string; en: string }>> = {
  sample: { zh: '抽样', en: 'Sample' },
  refuse: { zh: '企业拒检', en: 'Sampling refused' },
  'start-test': { zh: '开始检验（复查抽样）', en: 'Start test (recheck sampling)' },
  'result-pass': { zh: '检验合格', en: 'Result: pass' },
  'result-fail': { zh: '检验不合格', en: 'Result: fail' },
  notify: { zh: '送达检验结果', en: 'Result served on the party' },
  'objection-filed': { zh: '企业申请复检', en: 'Objection filed' },
  'objection-accepted': { zh: '受理复检申请', en: 'Objection accepted' },
  'objection-rejected': { zh: '不予受理复检申请', en: 'Objection rejected' },
  'retest-upheld': { zh: '复检维持不合格', en: 'Retest upholds the fail' },
  'retest-overturned': { zh: '复检结论为合格', en: 'Retest overturns the fail' },
  'order-rectification': { zh: '责令整改', en: 'Order rectification' },
  'rectification-reported': { zh: '企业提交整改报告', en: 'Rectification reported' },
  'recheck-pass': { zh: '复查合格', en: 'Recheck: pass' },
  'recheck-fail': { zh: '复查不合格', en: 'Recheck: fail' },
  announce: { zh: '省级公告', en: 'Provincial announcement' },
  suspend: { zh: '责令停业整顿', en: 'Order suspension' },
  refer: { zh: '移送吊销营业执照', en: 'Refer for licence revocation' },
  interview: { zh: '约谈', en: 'Interview' },
  'penalty-opened': { zh: '立案处罚', en: 'Penalty case opened' },
  transfer: { zh: '移送外地处理', en: 'Transferred to another region' },
};

const SIDE: readonly SpotCheckEventType[] = SIDE_EVENTS;

/**
 * Events the state admits, before the once-only and prerequisite rules of `allowedEvents`.
 * Side events need a failure or refusal to follow up; a plain pass has none.
 */
export const EVENTS_BY_STATE: Readonly<Record<SpotCheckState, readonly SpotCheckEventType[]>> = {
  planned: ['sample', 'refuse'],
  sampled: ['start-test'],
  refused: [...SIDE],
  testing: ['result-pass', 'result-fail'],
  passed: [],
  failed: ['notify', 'objection-filed', 'order-rectification', ...SIDE],
  objection: ['objection-accepted', 'objection-rejected', ...SIDE],
  retest: ['retest-upheld', 'retest-overturned', ...SIDE],
  rectification: ['rectification-reported', 'start-test', 'objection-filed', ...SIDE],
  recheck1: ['recheck-pass', 'recheck-fail', ...SIDE],
  announced: ['announce', 'start-test', ...SIDE],
  recheck2: ['recheck-pass', 'recheck-fail', ...SIDE],
  suspended: ['suspend', 'start-test', ...SIDE],
  recheck3: ['recheck-pass', 'recheck-fail', ...SIDE],
  'closed-pass': [...SIDE],
  referred: ['refer', ...SIDE],
};

/** States with nothing left to do but side events. */
export const CLOSED_STATES: readonly SpotCheckState[] = ['passed', 'refused', 'closed-pass', 'referred'];

/**
 * The record outcome a state implies: a fail stays a fail on the record even when a later
 * recheck passes (the rectification does not erase the failed sample); only a retest that
 * overturns the result makes it a pass.
 *
 * @example outcomeForState('closed-pass') // 'fail'
 */
export function outcomeForState(state: SpotCheckState): RecordOutcome {
  switch (state) {
    case 'planned':
    case 'sampled':
    case 'testing':
      return 'pending';
    case 'refused':
      return 'refused';
    case 'passed':
      return 'pass';
    default:
      return 'fail';
  }
}

export const isSpotCheckState = (value: string): value is SpotCheckState => (SPOT_CHECK_STATES as readonly string[]).includes(value);
