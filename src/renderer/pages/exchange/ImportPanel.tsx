import { useState } from 'react';
import { Alert, Button, Progress, Typography, Upload } from 'antd';
import type { OutputOf, ProgressEvent } from '../../../contract';
import { errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/use-i18n';
import { fileToBase64 } from '../../lib/files';
import { VerifySigners } from '../verify/VerifyDetails';
import { ApplyConfirmModal, type Applied } from './ApplyConfirmModal';
import { ExpiredOverride } from './ExpiredOverride';
import { PreviewChanges } from './PreviewChanges';
import { PreviewSummary } from './PreviewSummary';

type Opened = {
  contentBase64: string;
  /** A reviewer's recorded reason for importing an expired package (formats.md §4), once given. */
  expiredOverrideReason?: string | undefined;
  preview: OutputOf<'exchange:import-preview'>;
  /** Who signed: the same bytes through packages:inspect, which names every signer's fingerprint and trust. */
  signers: OutputOf<'packages:inspect'>;
};

const LIMIT = 200;

/**
 * Import a partner's package: pick the file, see every check of formats.md §4 and what it would
 * change (nothing is written), then import it behind a confirmation.
 */
export function ImportPanel() {
  const { t, locale } = useI18n();
  const [checking, setChecking] = useState(false);
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [applied, setApplied] = useState<Applied | null>(null);

  async function check(file: File) {
    await open(await fileToBase64(file), file.name);
  }

  async function open(contentBase64: string, fileName: string, expiredOverrideReason?: string) {
    setChecking(true);
    setError(null);
    setOpened(null);
    setApplied(null);
    try {
      const reason = expiredOverrideReason === undefined ? {} : { expiredOverrideReason };
      const preview = await call('exchange:import-preview', { contentBase64, fileName, limit: LIMIT, ...reason }, { onProgress: setProgress });
      const signers = await call('packages:inspect', { contentBase64 });
      setOpened({ contentBase64, preview, signers, expiredOverrideReason });
    } catch (cause) {
      setError(cause);
    } finally {
      setChecking(false);
      setProgress(null);
    }
  }

  const percent = progress && progress.total > 0 ? Math.floor((progress.done * 100) / progress.total) : 0;
  return (
    <div data-testid="ex-import" aria-busy={checking}>
      <div data-testid="ex-drop" style={{ marginBottom: 16 }}>
        <Upload.Dragger accept=".qcp,application/zip" multiple={false} showUploadList={false} disabled={checking}
          beforeUpload={(file) => {
            void check(file);
            return false;
          }}>
          <p className="ant-upload-text">{t('ex.drop')}</p>
          <p className="ant-upload-hint">{t('ex.dropHint')}</p>
        </Upload.Dragger>
      </div>
      {checking && <Progress percent={percent} status="active" aria-label={t('ex.checking')} style={{ marginBottom: 16 }}
        format={() => (progress ? t('ex.progressSteps', { done: progress.done, total: progress.total }) : t('ex.checking'))} />}
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 12 }} />}
      {!opened && !checking && error === null && <Typography.Paragraph type="secondary" data-testid="ex-empty">{t('ex.empty')}</Typography.Paragraph>}
      {applied && (
        <Alert type="success" showIcon data-testid="ex-applied" style={{ marginBottom: 16 }}
          title={t('ex.applied', { agency: applied.issuer.agencyName, sequence: applied.sequence, added: applied.counts.added, amended: applied.counts.amended, removed: applied.counts.removed })} />
      )}
      {opened && (
        <div data-testid="ex-preview">
          <PreviewSummary preview={opened.preview} />
          {opened.preview.error?.code === 'E_EXPIRED' && (
            <ExpiredOverride expiresAt={opened.preview.expiresAt} busy={checking}
              onOverride={(reason) => void open(opened.contentBase64, opened.preview.fileName, reason)} />
          )}
          {opened.preview.acceptable && opened.expiredOverrideReason !== undefined && (
            <Alert type="warning" showIcon style={{ marginBottom: 16 }} data-testid="ex-expired-accepted"
              title={t('ex.expiredAccepted', { reason: opened.expiredOverrideReason })} />
          )}
          {opened.preview.acceptable && !applied && (
            <Button type="primary" style={{ marginBottom: 16 }} onClick={() => setConfirming(true)}>{t('ex.import')}</Button>
          )}
          {opened.signers.signers.length > 0 && <VerifySigners result={opened.signers} />}
          {opened.preview.manifestSha256 !== null && <PreviewChanges changes={opened.preview.changes} limit={LIMIT} />}
        </div>
      )}
      {confirming && opened && (
        <ApplyConfirmModal preview={opened.preview} contentBase64={opened.contentBase64} expiredOverrideReason={opened.expiredOverrideReason} onClose={() => setConfirming(false)}
          onApplied={(done) => { setConfirming(false); setApplied(done); }} />
      )}
    </div>
  );
}
