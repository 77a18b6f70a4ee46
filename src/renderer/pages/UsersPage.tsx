import { useMemo, useState } from 'react';
import { Alert, App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { User } from '../../contract';
import { errorText } from '../api/api-error';
import { call } from '../api/client';
import { useAuth } from '../auth/use-auth';
import { PasswordResetModal } from '../components/PasswordResetModal';
import { SessionSettingsCard } from '../components/SessionSettingsCard';
import { UserCreateModal } from '../components/UserCreateModal';
import { useQuery } from '../hooks/use-query';
import { useI18n } from '../i18n/use-i18n';
import { formatDateTime } from '../lib/format';
import { roleLabel } from '../lib/labels';

/** 用户管理 (administrators only): the accounts of this workspace, new ones, resets, disabling; the idle lock. */
export function UsersPage() {
  const { t, locale } = useI18n();
  const { user: me } = useAuth();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useQuery('users:list', {});
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);

  const columns = useMemo<TableColumnsType<User>>(() => {
    async function setDisabled(u: User, disabled: boolean) {
      try {
        await call('users:set-disabled', { id: u.id, disabled });
        message.success(t(disabled ? 'users.disabledDone' : 'users.enabledDone', { name: u.displayName }));
        reload();
      } catch (cause) {
        message.error(errorText(cause, locale));
      }
    }
    return [
      { key: 'username', title: t('users.username'), dataIndex: 'username', render: (v: string) => <span className="mono">{v}</span> },
      { key: 'displayName', title: t('users.displayName'), dataIndex: 'displayName', render: (v: string, u) => (u.id === me.id ? `${v}${t('users.you')}` : v) },
      { key: 'role', title: t('users.role'), dataIndex: 'role', render: (_, u) => <Tag color="blue">{roleLabel(u.role, t)}</Tag> },
      {
        key: 'state',
        title: t('users.state'),
        dataIndex: 'disabled',
        render: (_, u) => (u.disabled ? <Tag>{t('users.disabled')}</Tag> : <Tag color="green">{t('users.active')}</Tag>),
      },
      { key: 'createdAt', title: t('users.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
      {
        key: 'actions',
        title: t('users.actions'),
        render: (_, u) => (
          <Space size="small">
            <Button size="small" onClick={() => setResetting(u)}>
              {t('users.resetPassword')}
            </Button>
            {u.id !== me.id &&
              (u.disabled ? (
                <Button size="small" onClick={() => void setDisabled(u, false)}>
                  {t('users.enable')}
                </Button>
              ) : (
                <Popconfirm title={t('users.disableConfirm', { name: u.displayName })} okText={t('users.disable')} cancelText={t('common.cancel')} onConfirm={() => setDisabled(u, true)}>
                  <Button size="small" danger>
                    {t('users.disable')}
                  </Button>
                </Popconfirm>
              ))}
          </Space>
        ),
      },
    ];
  }, [t, locale, me.id, message, reload]);

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
      <SessionSettingsCard />
      <UserCreateModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(user) => {
          setCreating(false);
          message.success(t('users.created', { name: user.displayName }));
          reload();
        }}
      />
      <PasswordResetModal
        user={resetting}
        onClose={() => setResetting(null)}
        onDone={(user) => {
          setResetting(null);
          message.success(t('users.resetDone', { name: user.displayName }));
          reload();
        }}
      />
    </section>
  );
}
