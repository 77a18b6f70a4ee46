import { useState } from 'react';
import { Alert, Button, Table, Typography } from 'antd';
import type { RecordKind } from '../../../core/records/record';
import { errorText } from '../../api/api-error';
import { useDossier, useDossierQuery } from '../../hooks/use-dossier';
import { useRecordDialogs } from '../../hooks/use-record-dialogs';
import { useI18n } from '../../i18n/use-i18n';
import { kindLabel } from '../../lib/record-labels';
import { recordColumns } from './record-columns';

/** The records of one kind (a tab of the dossier), paged on the server; a row opens the record. */
export function RecordTable({ kind }: { kind: RecordKind }) {
  const { t, locale } = useI18n();
  const { enterpriseId, canEdit } = useDossier();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const { data, error, loading } = useDossierQuery('records:list', { enterpriseId, ...(kind ? { kind } : {}), ...paging });
  const dialogs = useRecordDialogs();
  const columns = recordColumns(t, locale, {
    withKind: false,
    withState: kind === 'spot-checks',
    ...(canEdit ? { onEdit: dialogs.edit, onDelete: dialogs.remove } : {}),
  });
  const empty = t('record.emptyKind', { kind: kindLabel(kind, locale) });

  return (
    <div data-testid={`records-${kind}`} aria-busy={loading}>
      <div className="page-toolbar">
        <Typography.Text type="secondary">{data ? t('record.total', { count: data.total }) : ''}</Typography.Text>
        <span className="grow" />
        {canEdit && (
          <Button type="primary" onClick={() => dialogs.create(kind)}>
            {t('record.add', { kind: kindLabel(kind, locale) })}
          </Button>
        )}
      </div>
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 12 }} />}
      <Table
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        rowClassName={(r) => `clickable-row effect-${r.effect}`}
        onRow={(r) => ({
          tabIndex: 0,
          onClick: () => dialogs.view(r.id),
          onKeyDown: (event) => {
            if (event.key === 'Enter' && event.target === event.currentTarget) dialogs.view(r.id);
          },
        })}
        locale={{ emptyText: !data ? ' ' : empty }}
        pagination={
          (data?.total ?? 0) > paging.pageSize || paging.page > 1
            ? { current: paging.page, pageSize: paging.pageSize, total: data?.total ?? 0, onChange: (page, pageSize) => setPaging({ page, pageSize }) }
            : false
        }
      />
      {dialogs.element}
    </div>
  );
}
