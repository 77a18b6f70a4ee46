import { useMemo, useState } from 'react';
import { Alert, App, Button, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { User } from '../../contract';
import { errorText } from '../api/api-error';
import { UserCreateModal } from '../components/UserCreateModal';
import { useQuery } from '../hooks/use-query';
import { useI18n } from '../i18n/use-i18n';
import { formatDateTime } from '../lib/format';
import { roleLabel } from '../lib/labels';

/** 用户管理 (administrators only): the accounts of this workspace, and new ones. */
export function UsersPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useQuery('users:list', {});
  const [creating, setCreating] = useState(false);

  const columns = useMemo<TableColumnsType<User>>(
    () => [
      { key: 'username', title: t('users.username'), dataIndex: 'username', render: (v: string) => <span className="mono">{v}</span> },
      { key: 'displayName', title: t('users.displayName'), dataIndex: 'displayName' },
      { key: 'role', title: t('users.role'), dataIndex: 'role', render: (_, u) => <Tag color="blue">{roleLabel(u.role, t)}</Tag> },
      {
        key: 'state',
        title: t('users.state'),
        dataIndex: 'disabled',
        render: (_, u) => (u.disabled ? <Tag>{t('users.disabled')}</Tag> : <Tag color="green">{t('users.active')}</Tag>),
      },
      { key: 'createdAt', title: t('users.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
    ],
    [t],
  );

  return (
    <section aria-labelledby="users-title">
      <div className="page-toolbar">
        <Typography.Title level={4} id="users-title" style={{ margin: 0 }}>
          {t('nav.users')}
        </Typography.Title>
        <span className="grow" />
        <Button type="primary" onClick={() => setCreating(true)}>
          {t('users.create')}
        </Button>
      </div>
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 12 }} />}
      <Table rowKey="id" size="middle" columns={columns} dataSource={data ?? []} loading={loading} pagination={false} />
      <UserCreateModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(user) => {
          setCreating(false);
          message.success(t('users.created', { name: user.displayName }));
          reload();
        }}
      />
    </section>
  );
}
