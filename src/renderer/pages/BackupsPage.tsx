import { useMemo, useState } from 'react';
import { Alert, App, Button, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Backup } from '../../contract';
import { errorText } from '../api/api-error';
import { call } from '../api/client';
import type { LoginNotice } from '../auth/context';
import { useAuth } from '../auth/use-auth';
import { BackupConfirmModal } from '../components/BackupConfirmModal';
import { useQuery } from '../hooks/use-query';
import { useI18n } from '../i18n/use-i18n';
import { formatBytes, formatLocaleDateTime } from '../lib/format';
import { BACKUP_KIND_COLORS, backupKindLabel } from '../lib/labels';

/** What the confirmation dialog is asking about. */
type Asking = { action: 'restore'; backup: Backup } | { action: 'undo' };

/**
 * 备份与恢复 (administrators only): the workspace's backups, a manual one, restoring one, and
 * undoing the last restore. A restore replaces the database and ends every session, so success
 * leads straight back to the login screen.
 */
export function BackupsPage() {
  const { t, locale } = useI18n();
  const { sessionEnded } = useAuth();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useQuery('backups:list', {});
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<unknown>(null);
  const [asking, setAsking] = useState<Asking | null>(null);

  async function backUpNow() {
    setCreating(true);
    setCreateError(null);
    try {
      const made = await call('backups:create', {});
      message.success(t('backups.created', { time: formatLocaleDateTime(made.takenAt, locale) }));
      reload();
    } catch (cause) {
      setCreateError(cause);
    } finally {
      setCreating(false);
    }
  }

  /** The backend has ended every session: leave for the login screen, without stale toasts. */
  function endSessions(notice: LoginNotice) {
    message.destroy();
    sessionEnded(notice);
  }

  const columns = useMemo<TableColumnsType<Backup>>(
    () => [
      { key: 'takenAt', title: t('backups.at'), dataIndex: 'takenAt', width: 240, render: (v: string) => formatLocaleDateTime(v, locale) },
      {
        key: 'kind',
        title: t('backups.kind'),
        dataIndex: 'kind',
        width: 200,
        render: (_, b) => <Tag color={BACKUP_KIND_COLORS[b.kind]}>{backupKindLabel(b.kind, t)}</Tag>,
      },
      { key: 'bytes', title: t('backups.size'), dataIndex: 'bytes', width: 120, align: 'right', render: (v: number) => formatBytes(v, locale) },
      { key: 'name', title: t('backups.file'), dataIndex: 'name', render: (v: string) => <span className="mono backup-file">{v}</span> },
      {
        key: 'actions',
        title: t('backups.actions'),
        width: 110,
        render: (_, b) => (
          <Button
            type="link"
            size="small"
            style={{ paddingInline: 0 }}
            aria-label={t('backups.restoreLabel', { time: formatLocaleDateTime(b.takenAt, locale) })}
            onClick={() => setAsking({ action: 'restore', backup: b })}
          >
            {t('backups.restore')}
          </Button>
        ),
      },
    ],
    [t, locale],
  );

  return (
    <section aria-labelledby="backups-title" aria-busy={loading} data-testid="backup-list">
      <div className="page-toolbar">
        <Typography.Title level={4} id="backups-title" style={{ margin: 0 }}>
          {t('nav.backups')}
        </Typography.Title>
        <span className="grow" />
        <Typography.Text type="secondary" data-testid="backup-total" aria-live="polite">
          {data ? t('backups.total', { count: data.length }) : ''}
        </Typography.Text>
        <Button onClick={() => setAsking({ action: 'undo' })}>{t('backups.undo')}</Button>
        <Button type="primary" loading={creating} onClick={() => void backUpNow()}>
          {t('backups.create')}
        </Button>
      </div>
      <Typography.Paragraph type="secondary">{t('backups.intro')}</Typography.Paragraph>
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 12 }} />}
      {createError !== null && (
        <Alert
          type="error"
          showIcon
          role="alert"
          closable={{ onClose: () => setCreateError(null) }}
          title={errorText(createError, locale)}
          style={{ marginBottom: 12 }}
        />
      )}
      <Table
        rowKey="name"
        size="middle"
        columns={columns}
        dataSource={data ?? []}
        loading={loading}
        // Before the first answer there is nothing to call empty yet.
        locale={{ emptyText: !data ? ' ' : t('backups.empty') }}
        pagination={data && data.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      />
      {asking?.action === 'restore' && (
        <BackupConfirmModal
          title={t('backups.restoreTitle')}
          lead={t('backups.restoreTarget', {
            time: formatLocaleDateTime(asking.backup.takenAt, locale),
            kind: backupKindLabel(asking.backup.kind, t),
          })}
          points={[t('backups.restoreReplace'), t('backups.restoreSafety'), t('backups.restoreSignOut')]}
          okText={t('backups.restoreOk')}
          onConfirm={async () => {
            const result = await call('backups:restore', { name: asking.backup.name });
            endSessions({ kind: 'restored', result });
          }}
          onClose={() => setAsking(null)}
        />
      )}
      {asking?.action === 'undo' && (
        <BackupConfirmModal
          title={t('backups.undoTitle')}
          points={[t('backups.undoReplace'), t('backups.undoSafety'), t('backups.undoSignOut')]}
          okText={t('backups.undoOk')}
          onConfirm={async () => {
            const result = await call('backups:undo-restore', {});
            endSessions({ kind: 'undone', result });
          }}
          onClose={() => setAsking(null)}
        />
      )}
    </section>
  );
}
