import { callOf, isChannel } from '../../contract';
import type { Locale } from '../../core/shared/errors';
import type { Translate } from '../i18n/translate';
import { isEnterpriseStatus, roleLabel, statusLabel } from './labels';

const VERBS: Record<string, 'action.create' | 'action.update' | 'action.delete'> = {
  create: 'action.create',
  update: 'action.update',
  delete: 'action.delete',
};

/** Audit actions that are not a call of their own (a restore is audited in the restored database). */
const OTHER_ACTIONS: Record<string, 'audit.restoreAction'> = { 'backup:restore': 'audit.restoreAction' };

/** Audit rows name the call (`enterprises:update`); its contract summary is the Chinese label. */
export function actionLabel(action: string, locale: Locale, t: Translate): string {
  if (isChannel(action)) return locale === 'zh' ? callOf(action).summary : action;
  const key = VERBS[action] ?? OTHER_ACTIONS[action];
  return key ? t(key) : action;
}

/** One value of an audit snapshot as a person reads it. */
export function auditValue(field: string, value: unknown, locale: Locale, t: Translate): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'status' && isEnterpriseStatus(value)) return statusLabel(value, locale);
  if (field === 'role' && (value === 'officer' || value === 'reviewer' || value === 'admin')) return roleLabel(value, t);
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}
