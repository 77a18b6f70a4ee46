import { useState } from 'react';
import { Alert, App, Button, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { TrashEntitySchema, type TrashEntity, type TrashItem } from '../../contract/trash';
import { errorText } from '../api/api-error';
import { call } from '../api/client';
import { useAuth } from '../auth/use-auth';
import { BackupConfirmModal } from '../components/BackupConfirmModal';
import { useQuery } from '../hooks/use-query';
import { useI18n } from '../i18n/use-i18n';
import { mayCall } from '../lib/access';
import { formatDateTime } from '../lib/format';
import { ENTITY_KEYS } from '../lib/history-labels';

const ENTITY_COLORS: Record<string, string> = { enterprise: 'blue', person: 'purple', record: 'orange', product: 'cyan' };

/** 回收站: what was deleted, by whom and why; restoring puts it back as it was. */
export function TrashPage() {
  const { t, locale } = useI18n();
  const { user } = useAuth();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<{ entity?: TrashEntity; page: number; pageSize: number }>({ page: 1, pageSize: 20 });
  const { data, error, loading, reload } = useQuery('trash:list', filter);
  const [restoring, setRestoring] = useState<TrashItem | null>(null);
  const entityLabel = (e: string) => (ENTITY_KEYS[e] ? t(ENTITY_KEYS[e] ?? 'entity.enterprise') : e === 'person' ? t('entity.person') : e);

  const columns: TableColumnsType<TrashItem> = [
    { key: 'entity', title: t('trash.entity'), dataIndex: 'entity', width: 100, render: (v: string) => <Tag color={ENTITY_COLORS[v]}>{entityLabel(v)}</Tag> },
    { key: 'name', title: t('trash.name'), dataIndex: 'name' },
    { key: 'code', title: t('trash.code'), dataIndex: 'code', width: 200, render: (v: string | null) => <span className="mono">{v ?? '—'}</span> },
    { key: 'deletedAt', title: t('trash.deletedAt'), dataIndex: 'deletedAt', width: 170, render: (v: string) => formatDateTime(v) },
    { key: 'deletedBy', title: t('trash.deletedBy'), dataIndex: 'deletedBy', width: 100 },
    { key: 'reason', title: t('delete.reason'), dataIndex: 'reason', ellipsis: true, render: (v: string | null) => v ?? '—' },
    ...(mayCall(user.role, 'trash:restore')
      ? [
          {
            key: 'restore',
            title: t('backups.actions'),
            width: 90,
            render: (_: unknown, item: TrashItem) => (
              <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => setRestoring(item)} aria-label={t('trash.restoreLabel', { name: item.name })}>
                {t('trash.restore')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <section aria-labelledby="trash-title" aria-busy={loading} data-testid="trash">
      <div className="page-toolbar">
        <Typography.Title level={4} id="trash-title" style={{ margin: 0 }}>
          {t('nav.trash')}
        </Typography.Title>
        <Select<TrashEntity>
          allowClear
          aria-label={t('trash.entity')}
          placeholder={t('trash.all')}
          style={{ width: 160 }}
          value={filter.entity}
          onChange={(entity) => setFilter((f) => ({ ...f, entity, page: 1 }))}
          options={TrashEntitySchema.options.map((e) => ({ value: e, label: entityLabel(e) }))}
        />
        <span className="grow" />
        <Typography.Text type="secondary">{data ? t('trash.total', { count: data.total }) : ''}</Typography.Text>
      </div>
      <Typography.Paragraph type="secondary">{t('trash.intro')}</Typography.Paragraph>
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 12 }} />}
      <Table
        rowKey={(item) => `${item.entity}-${item.id}`}
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        locale={{ emptyText: !data ? ' ' : t('trash.empty') }}
        pagination={{
          current: filter.page,
          pageSize: filter.pageSize,
          total: data?.total ?? 0,
          hideOnSinglePage: true,
          onChange: (page, pageSize) => setFilter((f) => ({ ...f, page, pageSize })),
        }}
      />
      {restoring && (
        <BackupConfirmModal
          title={t('trash.restoreTitle')}
          lead={`${entityLabel(restoring.entity)}：${restoring.name}`}
          points={[t('trash.restorePoint')]}
          okText={t('trash.restore')}
          onConfirm={async () => {
            await call('trash:restore', { entity: restoring.entity, id: restoring.id });
            message.success(t('trash.restored', { name: restoring.name }));
            setRestoring(null);
            reload();
          }}
          onClose={() => setRestoring(null)}
        />
      )}
    </section>
  );
}
