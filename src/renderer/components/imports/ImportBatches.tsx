import { useState } from 'react';
import { Alert, App, Button, Card, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { z } from 'zod';
import type { ImportBatchSchema } from '../../../contract/imports';
import { errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { useAuth } from '../../auth/use-auth';
import { useQuery } from '../../hooks/use-query';
import { useI18n } from '../../i18n/use-i18n';
import { mayCall } from '../../lib/access';
import { formatDateTime } from '../../lib/format';
import { importKindLabel } from '../../lib/import-kinds';
import { BackupConfirmModal } from '../BackupConfirmModal';

type Batch = z.infer<typeof ImportBatchSchema>;

/** 导入批次: every import, and undoing a whole batch (after a confirmation). Re-mounted after a commit. */
export function ImportBatches() {
  const { t, locale } = useI18n();
  const { user } = useAuth();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useQuery('imports:list', {});
  const [undoing, setUndoing] = useState<Batch | null>(null);

  const columns: TableColumnsType<Batch> = [
    { key: 'id', title: t('import.batch'), dataIndex: 'id', width: 80 },
    { key: 'createdAt', title: t('audit.at'), dataIndex: 'createdAt', width: 170, render: (v: string) => formatDateTime(v) },
    { key: 'kind', title: t('import.kind'), dataIndex: 'kind', width: 130, render: (v: string) => importKindLabel(v, locale) },
    { key: 'fileName', title: t('attach.file'), dataIndex: 'fileName', ellipsis: true },
    { key: 'imported', title: t('import.imported'), dataIndex: 'imported', width: 90, align: 'right' },
    { key: 'rejected', title: t('import.rejected'), dataIndex: 'rejected', width: 90, align: 'right' },
    { key: 'createdBy', title: t('audit.user'), dataIndex: 'createdBy', width: 100 },
    {
      key: 'status',
      title: t('field.status'),
      width: 200,
      render: (_, b) =>
        b.status === 'undone' ? (
          <Tag>{t('import.undoneBy', { user: b.undoneBy ?? '', at: b.undoneAt ? formatDateTime(b.undoneAt) : '' })}</Tag>
        ) : mayCall(user.role, 'imports:undo') ? (
          <Button size="small" danger onClick={() => setUndoing(b)} aria-label={t('import.undoLabel', { id: b.id })}>
            {t('import.undo')}
          </Button>
        ) : (
          <Tag color="green">{t('import.committed')}</Tag>
        ),
    },
  ];

  return (
    <Card size="small" title={t('import.batches')} style={{ marginTop: 16 }} data-testid="import-batches">
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 12 }} />}
      <Table rowKey="id" size="small" columns={columns} dataSource={data ?? []} loading={loading} pagination={data && data.length > 20 ? { pageSize: 20 } : false} locale={{ emptyText: t('import.noBatches') }} />
      {undoing && (
        <BackupConfirmModal
          title={t('import.undoTitle', { id: undoing.id })}
          lead={t('import.undoLead', { file: undoing.fileName, count: undoing.imported })}
          points={[t('import.undoPoint1'), t('import.undoPoint2')]}
          okText={t('import.undoOk')}
          onConfirm={async () => {
            const result = await call('imports:undo', { batchId: undoing.id });
            message.success(t('import.undone', { count: result.removed }));
            setUndoing(null);
            reload();
          }}
          onClose={() => setUndoing(null)}
        />
      )}
    </Card>
  );
}
