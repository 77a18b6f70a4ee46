import { FOLLOW_UP_STATUSES, type FollowUpStatus } from '../../../core/import-parse/follow-up';
import type { SpotCheckCase, SpotCheckEvent } from '../../../core/spot-checks/case';
import { replay, transition, type TransitionContext } from '../../../core/spot-checks/machine';
import { SPOT_CHECK_STATE_LABELS, type SpotCheckEventType, type SpotCheckState } from '../../../core/spot-checks/states';
import { err, ok, type Result } from '../../../core/shared/result';

/** Statuses the state machine has a place for, in order of progress; the rest are side facts. */
const MACHINE: readonly FollowUpStatus[] = ['rectifying', 'rectified', 'recheck-failed', 'recheck-passed', 'suspended', 'revoked'];
/** Handed to enforcement, case opened, penalised: one 立案处罚 side event on the check's timeline. */
const PENALTY: readonly FollowUpStatus[] = ['transferred', 'case-filed', 'penalised'];

const AFTER_ANNOUNCEMENT: readonly SpotCheckState[] = ['announced', 'recheck2', 'suspended', 'recheck3', 'referred'];

function reached(target: FollowUpStatus, c: SpotCheckCase): boolean {
  switch (target) {
    case 'rectifying': return c.orderedOn !== null;
    case 'rectified': return c.rectificationReportedOn !== null || c.recheck1On !== null;
    case 'recheck-passed': return c.state === 'closed-pass';
    case 'recheck-failed': return c.announcedOn !== null || AFTER_ANNOUNCEMENT.includes(c.state);
    case 'suspended': return c.state === 'suspended' || c.state === 'recheck3' || c.state === 'referred';
    case 'revoked': return c.state === 'referred';
    default: return true;
  }
}

/** The next step toward `target` from where the case stands, or null when there is none. */
function nextEvent(target: FollowUpStatus, c: SpotCheckCase): SpotCheckEventType | null {
  switch (c.state) {
    case 'failed': return c.notifiedOn === null ? 'notify' : 'order-rectification';
    case 'rectification': return target === 'rectified' ? 'rectification-reported' : 'start-test';
    case 'recheck1':
    case 'recheck2':
    case 'recheck3': return target === 'recheck-passed' ? 'recheck-pass' : 'recheck-fail';
    case 'announced': return c.announcedOn === null ? 'announce' : 'start-test';
    case 'suspended': return c.suspendedOn === null ? 'suspend' : 'start-test';
    case 'referred': return c.referredOn === null ? 'refer' : null;
    default: return null;
  }
}

/** `states[i]` is the state event i left the case in. */
export type FollowUpPlan = { from: SpotCheckState; to: SpotCheckState; events: SpotCheckEvent[]; states: SpotCheckState[] };

/**
 * The steps that bring a failed check to where a follow-up table says it stands (已整改，复查合格 →
 * 送达, 责令整改, 复查, 复查合格), all dated `on`, each checked by the state machine: a step the
 * machine refuses (a recheck before its window opens, a date before the last step) refuses the
 * whole row, and nothing is recorded for it. A state already reached adds nothing, so importing
 * the same table twice records nothing twice.
 *
 * @example planFollowUp(history, ['rectified', 'recheck-passed'], '2014-03-01', ctx, '已整改，复查合格') // ok({ to: 'closed-pass', events: [notify, order-rectification, start-test, recheck-pass] })
 */
export function planFollowUp(history: readonly SpotCheckEvent[], statuses: readonly FollowUpStatus[], on: string, ctx: TransitionContext, note: string): Result<FollowUpPlan> {
  const folded = replay(history, ctx);
  if (!folded.ok) return folded;
  let c = folded.value.case;
  const from = c.state;
  const events: SpotCheckEvent[] = [];
  const states: SpotCheckState[] = [];
  const apply = (type: SpotCheckEventType): Result<true> => {
    const event = { type, on, note };
    const next = transition(c, event, ctx);
    if (!next.ok) return next;
    c = next.value.case;
    events.push(event);
    states.push(c.state);
    return ok(true);
  };
  const target = [...statuses].filter((s) => MACHINE.includes(s)).sort((a, b) => FOLLOW_UP_STATUSES.indexOf(a) - FOLLOW_UP_STATUSES.indexOf(b)).at(-1);
  for (let guard = 0; target !== undefined && !reached(target, c); guard++) {
    const type = guard < 12 ? nextEvent(target, c) : null;
    if (type === null) {
      return err({
        code: 'E_SPOTCHECK_TRANSITION',
        message: `后处理步骤不允许：原抽查记录当前为“${SPOT_CHECK_STATE_LABELS[c.state].zh}”，无法按“${note}”推进`,
        details: { state: c.state, status: target },
      });
    }
    const step = apply(type);
    if (!step.ok) return step;
  }
  const penalised = statuses.some((s) => PENALTY.includes(s));
  if (penalised && ![...history, ...events].some((e) => e.type === 'penalty-opened')) {
    const step = apply('penalty-opened');
    if (!step.ok) return step;
  }
  return ok({ from, to: c.state, events, states });
}
