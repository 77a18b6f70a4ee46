import { useRef, useState } from 'react';
import { Alert, App, Button, Card, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { MAX_ATTACHMENT_BASE64, type Attachment } from '../../../contract/records';
import { errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { useDossier } from '../../hooks/use-dossier';
import { useI18n } from '../../i18n/use-i18n';
import { base64ToBlob, downloadBlob, fileToBase64, viewerFor } from '../../lib/files';
import { formatBytes, formatDateTime } from '../../lib/format';
import { AttachmentViewer } from './AttachmentViewer';

type Props = { title: string; attachments: Attachment[]; recordId?: number };

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.gif,.webp,.doc,.docx,.xls,.xlsx,.txt,.csv';

/** Evidence files with upload (officers) and opening in place; stored by SHA-256 on the backend. */
export function AttachmentList({ title, attachments, recordId }: Props) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const { enterpriseId, canEdit, changed } = useDossier();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [viewing, setViewing] = useState<Attachment | null>(null);

  async function upload(files: FileList | null) {
    const file = files?.[0];
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const contentBase64 = await fileToBase64(file);
      if (contentBase64.length > MAX_ATTACHMENT_BASE64) throw new Error(t('attach.tooLarge'));
      await call('attachments:add', { enterpriseId, recordId: recordId ?? null, fileName: file.name, contentBase64 });
      message.success(t('attach.added', { name: file.name }));
      changed();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  async function open(a: Attachment) {
    if (viewerFor(a.mediaType) !== 'download') {
      setViewing(a);
      return;
    }
    try {
      const file = await call('attachments:get', { id: a.id });
      downloadBlob(base64ToBlob(file.contentBase64, file.mediaType), a.fileName);
    } catch (cause) {
      setError(cause);
    }
  }

  const columns: TableColumnsType<Attachment> = [
    { key: 'fileName', title: t('attach.file'), dataIndex: 'fileName', ellipsis: true },
    { key: 'size', title: t('attach.size'), dataIndex: 'size', width: 110, align: 'right', render: (v: number) => formatBytes(v, locale) },
    { key: 'addedBy', title: t('attach.addedBy'), dataIndex: 'addedBy', width: 110 },
    { key: 'addedAt', title: t('attach.addedAt'), dataIndex: 'addedAt', width: 170, render: (v: string) => formatDateTime(v) },
    {
      key: 'open',
      title: t('backups.actions'),
      width: 90,
      render: (_, a) => (
        <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => void open(a)} aria-label={t('attach.openLabel', { name: a.fileName })}>
          {viewerFor(a.mediaType) === 'download' ? t('attach.download') : t('attach.open')}
        </Button>
      ),
    },
  ];

  return (
    <Card
      size="small"
      title={title}
      style={{ marginTop: 16 }}
      data-testid={recordId ? 'record-attachments' : 'dossier-attachments'}
      extra={
        canEdit && (
          <>
            <input ref={input} type="file" accept={ACCEPT} hidden onChange={(e) => void upload(e.target.files)} data-testid="attachment-input" />
            <Button size="small" loading={busy} onClick={() => input.current?.click()}>
              {t('attach.add')}
            </Button>
          </>
        )
      }
    >
      {error !== null && (
        <Alert type="error" showIcon role="alert" closable={{ onClose: () => setError(null) }} title={errorText(error, locale)} style={{ marginBottom: 12 }} />
      )}
      <Table rowKey="id" size="small" columns={columns} dataSource={attachments} pagination={false} locale={{ emptyText: t('attach.empty') }} />
      {viewing && <AttachmentViewer attachment={viewing} onClose={() => setViewing(null)} />}
    </Card>
  );
}
