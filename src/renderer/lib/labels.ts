import type { Backup, Role } from '../../contract';
import { ENTERPRISE_STATUS_LABELS, ENTERPRISE_STATUSES, type EnterpriseStatus } from '../../core/enterprises/enterprise';
import type { Locale } from '../../core/shared/errors';
import type { Translate } from '../i18n/translate';
import type { MessageKey } from '../i18n/zh';

export function isEnterpriseStatus(value: unknown): value is EnterpriseStatus {
  return typeof value === 'string' && (ENTERPRISE_STATUSES as readonly string[]).includes(value);
}

export function statusLabel(status: EnterpriseStatus, locale: Locale): string {
  return ENTERPRISE_STATUS_LABELS[status][locale];
}

export const STATUS_COLORS: Record<EnterpriseStatus, string> = {
  active: 'green',
  revoked: 'red',
  cancelled: 'default',
  moved_out: 'orange',
};

const ROLE_KEYS: Record<Role, MessageKey> = { officer: 'role.officer', reviewer: 'role.reviewer', admin: 'role.admin' };

export function roleLabel(role: Role, t: Translate): string {
  return t(ROLE_KEYS[role]);
}

const BACKUP_KIND_KEYS: Record<Backup['kind'], MessageKey> = {
  daily: 'backups.kind.daily',
  manual: 'backups.kind.manual',
  'pre-migrate': 'backups.kind.preMigrate',
  'pre-restore': 'backups.kind.preRestore',
  other: 'backups.kind.other',
};

export function backupKindLabel(kind: Backup['kind'], t: Translate): string {
  return t(BACKUP_KIND_KEYS[kind]);
}

export const BACKUP_KIND_COLORS: Record<Backup['kind'], string> = {
  daily: 'default',
  manual: 'blue',
  'pre-migrate': 'purple',
  'pre-restore': 'orange',
  other: 'default',
};

/** Field names as they appear in enterprise and user audit snapshots. */
const FIELD_KEYS: Record<string, MessageKey> = {
  uscc: 'field.uscc',
  usccCheckAcknowledged: 'field.usccCheckAcknowledged',
  name: 'field.name',
  regionCode: 'field.regionCode',
  regionName: 'field.region',
  industryCode: 'field.industryCode',
  industryName: 'field.industry',
  legalRepresentative: 'field.legalRepresentative',
  address: 'field.address',
  status: 'field.status',
  username: 'users.username',
  displayName: 'users.displayName',
  role: 'users.role',
  disabled: 'users.disabled',
  enterprises: 'field.demoCount',
  seed: 'field.seed',
  usccSha256: 'field.usccSha256',
  restoredFrom: 'field.restoredFrom',
  preRestoreBackup: 'field.preRestoreBackup',
  migratedFrom: 'field.migratedFrom',
  schemaVersion: 'field.schemaVersion',
};

const FIELD_ORDER = Object.keys(FIELD_KEYS);

/** Sort key that lists snapshot fields in form order (code, name, region, …), unknown ones last. */
export function fieldRank(field: string): number {
  const rank = FIELD_ORDER.indexOf(field);
  return rank < 0 ? FIELD_ORDER.length : rank;
}

export function fieldLabel(field: string, t: Translate): string {
  const key = FIELD_KEYS[field];
  return key ? t(key) : field;
}
