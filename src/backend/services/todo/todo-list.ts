import type { TodoItem, TodoKind } from '../../../contract/todo';
import { toBeijingDate } from '../../../core/shared/time';
import type { CallContext, Handler } from '../../router/context';
import { banAppointments } from './bans';
import { daysBetween, plusDays, type Horizon } from './dates';
import { listDeadlineItems } from './list-deadlines';
import { spotCheckDeadlineItems } from './spot-check-deadlines';

/**
 * A banned person serving elsewhere is a breach now, not a date ahead: always overdue, dated from
 * the day both held (the later of the appointment and the listing).
 */
function banItems(ctx: CallContext, h: Horizon): TodoItem[] {
  return banAppointments(ctx, h.asOf).map((w) => {
    const since = [w.appointedOn, w.listedOn].filter((d): d is string => d !== null).sort().at(-1) ?? h.asOf;
    return {
      kind: 'ban-appointment', dueOn: since, status: 'overdue', daysLeft: daysBetween(h.asOf, since),
      title: '被列入名单人员担任其他企业法定代表人', deadlineId: null,
      subject: { enterpriseId: w.enterpriseId, personId: w.personId, name: w.enterpriseName },
      link: { to: 'enterprise', enterpriseId: w.enterpriseId },
      details: `${w.personName}（${w.listLabel}，列入主体：${w.listedSubject}）自 ${w.appointedOn ?? '日期不详'} 起任 ${w.enterpriseName} 法定代表人`,
      listType: w.listType, party: null, ban: w,
      provisional: false,
    };
  });
}

const SOURCES: Readonly<Record<TodoKind, (ctx: CallContext, h: Horizon) => TodoItem[]>> = {
  'list-deadline': listDeadlineItems,
  'spot-check-deadline': spotCheckDeadlineItems,
  'ban-appointment': banItems,
};

/** Overdue first (the longest missed on top), then by date; ties in a stable, readable order. */
const byUrgency = (a: TodoItem, b: TodoItem): number =>
  (a.status === b.status ? 0 : a.status === 'overdue' ? -1 : 1) || a.dueOn.localeCompare(b.dueOn)
  || a.kind.localeCompare(b.kind) || a.subject.name.localeCompare(b.subject.name, 'zh') || a.title.localeCompare(b.title, 'zh');

export const todoList: Handler<'todo:list'> = (input, ctx) => {
  const asOf = toBeijingDate(ctx.now());
  const h: Horizon = { asOf, until: plusDays(asOf, input.horizonDays) };
  const kinds = input.kinds ?? (Object.keys(SOURCES) as TodoKind[]);
  const items = kinds.flatMap((k) => SOURCES[k](ctx, h)).sort(byUrgency);
  return { asOf, horizonDays: input.horizonDays, items };
};
