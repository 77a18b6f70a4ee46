import { useState } from 'react';
import { Alert, Button, Modal, Progress, Typography } from 'antd';
import type { OutputOf, ProgressEvent } from '../../../contract';
import { errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/use-i18n';

type Preview = OutputOf<'exchange:import-preview'>;
export type Applied = OutputOf<'exchange:import-apply'>;
type Props = {
  preview: Preview; contentBase64: string;
  /** The reviewer's recorded reason when the package has expired: sent again with the import, and audited. */
  expiredOverrideReason?: string | undefined;
  onApplied: (applied: Applied) => void; onClose: () => void;
};

/**
 * The last question before writing a partner's package. Apply re-checks everything and refuses
 * bytes other than those previewed (expectedPackageSha256); while it runs the dialog cannot be
 * dismissed and shows how far it got.
 */
export function ApplyConfirmModal({ preview, contentBase64, expiredOverrideReason, onApplied, onClose }: Props) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function apply() {
    setBusy(true);
    setError(null);
    try {
      const applied = await call('exchange:import-apply', {
        contentBase64, fileName: preview.fileName, expectedPackageSha256: preview.packageSha256, ...(expiredOverrideReason === undefined ? {} : { expiredOverrideReason }),
      }, { onProgress: setProgress });
      onApplied(applied);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  const c = preview.counts;
  const percent = progress && progress.total > 0 ? Math.floor((progress.done * 100) / progress.total) : 0;
  return (
    <Modal open title={t('ex.confirmTitle')} width={600} onCancel={busy ? undefined : onClose} closable={!busy} keyboard={!busy} mask={{ closable: false }}
      footer={<div className="modal-actions">
        <Button onClick={onClose} disabled={busy}>{t('common.cancel')}</Button>
        <Button type="primary" loading={busy} onClick={() => void apply()}>{t('ex.confirmOk')}</Button>
      </div>}>
      <Typography.Paragraph data-testid="ex-confirm-lead">
        {t('ex.confirmLead', { agency: preview.issuer?.agencyName ?? '—', stream: preview.streamId ?? '—', sequence: preview.sequence ?? '—', added: c.added, amended: c.amended, removed: c.removed })}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('ex.confirmPoints')}</Typography.Paragraph>
      {busy && <Progress percent={percent} status="active" aria-label={t('ex.applying')}
        format={() => (progress ? t('ex.progressSteps', { done: progress.done, total: progress.total }) : t('ex.applying'))} />}
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginTop: 12 }} />}
    </Modal>
  );
}
