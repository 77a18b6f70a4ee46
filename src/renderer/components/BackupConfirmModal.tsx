import { useState, type ReactNode } from 'react';
import { Alert, Button, Modal, Typography } from 'antd';
import { errorText } from '../api/api-error';
import { useI18n } from '../i18n/use-i18n';

type Props = {
  title: string;
  /** What the action acts on, above the list of consequences. */
  lead?: ReactNode;
  /** What will happen, one point a line. */
  points: string[];
  okText: string;
  /** Runs the action; a failure stays in the dialog with the backend's message. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
};

/**
 * The question before a restore or its undo. Mount it only while it is asked (so each time it
 * starts without an old error); while the action runs it cannot be dismissed.
 */
export function BackupConfirmModal({ title, lead, points, okText, onConfirm, onClose }: Props) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (cause) {
      setError(cause);
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={title}
      onCancel={busy ? undefined : onClose}
      closable={!busy}
      keyboard={!busy}
      mask={{ closable: false }}
      footer={
        <div className="modal-actions">
          <Button onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="primary" danger loading={busy} onClick={() => void confirm()}>
            {okText}
          </Button>
        </div>
      }
    >
      {lead && <Typography.Paragraph>{lead}</Typography.Paragraph>}
      <ul className="confirm-points">
        {points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginTop: 12 }} />}
    </Modal>
  );
}
