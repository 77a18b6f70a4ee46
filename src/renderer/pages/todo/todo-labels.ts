import type { TodoItem } from '../../../contract/todo';
import type { Locale } from '../../../core/shared/errors';
import { DEADLINE_LABELS, type DeadlineId } from '../../../core/spot-checks/deadlines';
import type { Translate } from '../../i18n/translate';
import { deadlineLabel, listTypeLabel } from '../../lib/list-labels';

/**
 * The item's name in the screen's language: the core keeps both languages next to each period's
 * id; the backend's Chinese title stays the fallback for an id this screen does not know.
 */
export function todoTitle(item: TodoItem, locale: Locale, t: Translate): string {
  if (item.kind === 'ban-appointment') return t('todo.banTitle');
  if (item.deadlineId === null) return item.title;
  if (item.kind === 'list-deadline') return deadlineLabel(item.deadlineId, locale);
  const known = DEADLINE_LABELS[item.deadlineId as DeadlineId] as { zh: string; en: string } | undefined;
  return known?.[locale] ?? item.title;
}

/** "3 days left", "due today", "2 days over". */
export function daysText(daysLeft: number, t: Translate): string {
  if (daysLeft === 0) return t('todo.today');
  return daysLeft > 0 ? t('todo.daysLeft', { days: daysLeft }) : t('todo.daysOver', { days: -daysLeft });
}

/**
 * The context line: a ban is worded from its fields in the screen's language; a deadline's line
 * is the entry's list type and permanent id, or the record's own summary (data, as typed), then who acts.
 */
export function todoDetails(item: TodoItem, locale: Locale, t: Translate): string {
  const b = item.ban;
  if (b !== null) {
    return t('todo.banDetails', {
      person: b.personName, list: listTypeLabel(b.listType, locale), subject: b.listedSubject, appointedOn: b.appointedOn ?? t('dossier.ban.unknownDate'),
    });
  }
  const who = item.party === null ? '' : ` · ${t(item.party === 'agency' ? 'todo.party.agency' : 'todo.party.enterprise')}`;
  const what = item.listType === null ? item.details : `${listTypeLabel(item.listType, locale)} · ${item.details}`;
  return `${what}${who}`;
}
