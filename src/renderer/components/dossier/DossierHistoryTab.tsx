import { useState } from 'react';
import { Alert, Pagination, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { FieldChange } from '../../../contract/dossier';
import { isEnterpriseStatus, statusLabel } from '../../lib/labels';
import { errorText } from '../../api/api-error';
import { useDossier, useDossierQuery } from '../../hooks/use-dossier';
import { useI18n } from '../../i18n/use-i18n';
import { actionLabel } from '../../lib/audit-labels';
import { formatDateTime } from '../../lib/format';
import { ENTITY_KEYS, historyFieldLabel } from '../../lib/history-labels';
import { outcomeLabel, stateLabel } from '../../lib/record-labels';
import { eventLabel } from '../../lib/spot-check-labels';
import { RECORD_OUTCOMES } from '../../../core/records/record';
import type { Locale } from '../../../core/shared/errors';

type Row = FieldChange & { key: string };

const asObject = (v: unknown): Record<string, unknown> | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);

/** A record's `details` changes as a whole object; the reader wants each detail field on its own. */
function expand(change: FieldChange, index: number): Row[] {
  const before = asObject(change.before);
  const after = asObject(change.after);
  if (change.field !== 'details' || (!before && !after)) return [{ ...change, key: `${change.seq}-${index}` }];
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys
    .filter((k) => JSON.stringify(before?.[k] ?? null) !== JSON.stringify(after?.[k] ?? null))
    .map((k) => ({ ...change, field: k, before: before?.[k] ?? null, after: after?.[k] ?? null, key: `${change.seq}-${index}-${k}` }));
}

function valueText(field: string, value: unknown, locale: Locale, yesNo: [string, string]): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'status' && isEnterpriseStatus(value)) return statusLabel(value, locale);
  if (field === 'outcome' && typeof value === 'string' && (RECORD_OUTCOMES as readonly string[]).includes(value)) return outcomeLabel(value as (typeof RECORD_OUTCOMES)[number], locale);
  if (field === 'state' && typeof value === 'string') return stateLabel(value, locale);
  if (field === 'event' && typeof value === 'string') return eventLabel(value, locale);
  if (typeof value === 'boolean') return value ? yesNo[0] : yesNo[1];
  if (Array.isArray(value)) return value.map(String).join('、');
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/** 变更历史: every field of the enterprise and of what hangs off it, who changed it, when, old → new. */
export function DossierHistoryTab() {
  const { t, locale } = useI18n();
  const { enterpriseId } = useDossier();
  const [page, setPage] = useState(1);
  const { data, error, loading } = useDossierQuery('dossier:history', { enterpriseId, page, pageSize: 30 });
  const yesNo: [string, string] = [t('common.yes'), t('common.no')];
  // An empty list recorded alongside a step (no warnings) says nothing.
  const rows = (data?.items ?? []).flatMap(expand).filter((r) => !(r.before === null && Array.isArray(r.after) && r.after.length === 0));

  const columns: TableColumnsType<Row> = [
    { key: 'at', title: t('audit.at'), dataIndex: 'at', width: 170, render: (v: string) => formatDateTime(v) },
    { key: 'user', title: t('audit.user'), dataIndex: 'username', width: 100 },
    { key: 'action', title: t('audit.action'), dataIndex: 'action', width: 170, render: (v: string) => actionLabel(v, locale, t) },
    {
      key: 'entity',
      title: t('audit.entity'),
      width: 110,
      render: (_, r) => `${ENTITY_KEYS[r.entity] ? t(ENTITY_KEYS[r.entity] ?? 'entity.enterprise') : r.entity}${r.entityId ? ` #${r.entityId}` : ''}`,
    },
    {
      key: 'change',
      title: t('audit.changes'),
      render: (_, r) => (
        <span className="change-line">
          <Typography.Text strong>{historyFieldLabel(r.entity, r.field, t, locale)}</Typography.Text>
          {t('common.colon')}
          {r.before !== null && (
            <>
              <span className="change-before">{valueText(r.field, r.before, locale, yesNo)}</span> →{' '}
            </>
          )}
          <span>{valueText(r.field, r.after, locale, yesNo)}</span>
        </span>
      ),
    },
  ];

  return (
    <div data-testid="dossier-history" aria-busy={loading}>
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 12 }} />}
      <Table rowKey="key" size="small" columns={columns} dataSource={rows} loading={loading} pagination={false} locale={{ emptyText: !data ? ' ' : t('detail.noHistory') }} />
      {data && data.total > 30 && (
        <Pagination style={{ marginTop: 12 }} current={page} pageSize={30} total={data.total} onChange={setPage} showSizeChanger={false} />
      )}
    </div>
  );
}
