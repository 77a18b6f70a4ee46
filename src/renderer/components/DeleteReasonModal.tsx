import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { errorText } from '../api/api-error';
import { useI18n } from '../i18n/use-i18n';

type Props = {
  title: string;
  /** What is being deleted, in one line. */
  what: string;
  onConfirm: (reason: string) => Promise<void>;
  onClose: () => void;
};

/**
 * Deleting moves to the trash and is kept in the history, so the reason is asked for: it is what
 * a later reader of the audit trail needs. Mount only while asking.
 */
export function DeleteReasonModal({ title, what, onConfirm, onClose }: Props) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function confirm({ reason }: { reason: string }) {
    setBusy(true);
    setError(null);
    try {
      await onConfirm(reason.trim());
    } catch (cause) {
      setError(cause);
      setBusy(false);
    }
  }

  return (
    <Modal open title={title} footer={null} onCancel={busy ? undefined : onClose} keyboard={!busy} mask={{ closable: false }} destroyOnHidden>
      <Form layout="vertical" onFinish={(v: { reason: string }) => void confirm(v)} aria-label={title}>
        <Typography.Paragraph>{what}</Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('delete.toTrash')}</Typography.Paragraph>
        <Form.Item
          name="reason"
          label={t('delete.reason')}
          rules={[{ required: true, whitespace: true, message: t('delete.reasonRequired') }, { max: 500 }]}
        >
          <Input autoFocus maxLength={500} />
        </Form.Item>
        {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 12 }} />}
        <div className="modal-actions">
          <Button onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="primary" danger htmlType="submit" loading={busy}>
            {t('delete.confirm')}
          </Button>
        </div>
      </Form>
    </Modal>
  );
}
