import type { TableColumnsType } from 'antd';
import type { AuditRow } from '../../contract';
import type { Locale } from '../../core/shared/errors';
import type { Translate } from '../i18n/translate';
import { actionLabel } from '../lib/audit-labels';
import { formatDateTime } from '../lib/format';
import { hrefOf } from '../lib/route';
import { ChangeList } from './ChangeList';

const ENTITY_KEYS: Record<string, 'entity.enterprise' | 'entity.user' | 'entity.workspace'> = {
  enterprise: 'entity.enterprise',
  user: 'entity.user',
  workspace: 'entity.workspace',
};

function entityCell(row: AuditRow, t: Translate) {
  const key = ENTITY_KEYS[row.entity];
  const name = key ? t(key) : row.entity;
  const text = row.entityId ? `${name} #${row.entityId}` : name;
  if (row.entity === 'enterprise' && row.entityId && /^\d+$/.test(row.entityId)) {
    return <a href={hrefOf({ page: 'enterprise', id: Number(row.entityId) })}>{text}</a>;
  }
  return text;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * A restore records facts, not a change of fields (the backup taken before it under `before`,
 * the source and versions under `after`): shown as one list, nothing struck through.
 */
function changesCell(row: AuditRow) {
  if (row.action === 'backup:restore') return <ChangeList before={null} after={{ ...asRecord(row.before), ...asRecord(row.after) }} />;
  return <ChangeList before={row.before} after={row.after} />;
}

/** Columns of an audit table; the record's own history leaves out the record column. */
export function auditColumns(t: Translate, locale: Locale, withEntity: boolean): TableColumnsType<AuditRow> {
  return [
    { key: 'seq', title: t('audit.seq'), dataIndex: 'seq', width: 80 },
    { key: 'at', title: t('audit.at'), dataIndex: 'at', width: 180, render: (v: string) => formatDateTime(v) },
    { key: 'user', title: t('audit.user'), dataIndex: 'username', width: 120 },
    { key: 'action', title: t('audit.action'), dataIndex: 'action', width: 150, render: (v: string) => actionLabel(v, locale, t) },
    ...(withEntity ? [{ key: 'entity', title: t('audit.entity'), width: 160, render: (_: unknown, row: AuditRow) => entityCell(row, t) }] : []),
    { key: 'changes', title: t('audit.changes'), render: (_, row) => changesCell(row) },
  ];
}
