import { useState } from 'react';
import { Alert, Descriptions, Modal, Typography, Upload } from 'antd';
import type { OutputOf } from '../../../contract';
import { errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/use-i18n';
import { fileToBase64 } from '../../lib/files';
import { algLabel } from '../../lib/signing-labels';

type Rotation = OutputOf<'trust:rotation-preview'>;
type Opened = { contentBase64: string; fileName: string; rotation: Rotation };
type Props = { onApplied: (r: Rotation) => void; onClose: () => void };

/**
 * A partner's key-rotation package (formats.md §3): checked first — signed by the partner's key we
 * trust, the enclosed new key signing the statement — and shown with both fingerprints, so that
 * the administrator compares the new one with the partner's letter before accepting it. Nothing
 * is written until the confirmation, and then in one step.
 */
export function TrustRotateModal({ onApplied, onClose }: Props) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [opened, setOpened] = useState<Opened | null>(null);

  async function check(file: File) {
    setBusy(true);
    setError(null);
    setOpened(null);
    try {
      const contentBase64 = await fileToBase64(file);
      const rotation = await call('trust:rotation-preview', { contentBase64, fileName: file.name });
      setOpened({ contentBase64, fileName: file.name, rotation });
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  }

  async function apply() {
    if (!opened) return;
    setBusy(true);
    setError(null);
    try {
      onApplied(await call('trust:rotation-apply', { contentBase64: opened.contentBase64, fileName: opened.fileName, expectedPackageSha256: opened.rotation.packageSha256 }));
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  }

  const r = opened?.rotation;
  const through = r ? Object.entries(r.validThrough).map(([stream, n]) => t('trust.rotateThroughItem', { stream, sequence: n })).join(t('trust.listSeparator')) : '';
  return (
    <Modal open title={t('trust.rotateTitle')} okText={t('trust.rotateOk')} okButtonProps={{ disabled: !opened, loading: busy }}
      cancelText={t('common.cancel')} onOk={() => void apply()} onCancel={busy ? undefined : onClose} destroyOnHidden width={680}>
      <Typography.Paragraph type="secondary">{t('trust.rotateIntro')}</Typography.Paragraph>
      <div data-testid="trust-rotate-drop" style={{ marginBottom: 12 }}>
        <Upload.Dragger accept=".qcp,application/zip" multiple={false} showUploadList={false} disabled={busy}
          beforeUpload={(file) => {
            void check(file);
            return false;
          }}>
          <p className="ant-upload-text">{t('trust.rotateDrop')}</p>
        </Upload.Dragger>
      </div>
      {r && (
        <div data-testid="trust-rotate-preview">
          <Descriptions size="small" column={1} bordered items={[
            { key: 'agency', label: t('trust.agencyName'), children: `${r.agencyName}（${r.agencyCode}）` },
            { key: 'package', label: t('trust.rotatePackage'), children: t('trust.rotatePackageText', { sequence: r.sequence, file: opened?.fileName ?? '' }) },
            { key: 'old', label: t('trust.rotateOld'), children: <><div>{algLabel(r.oldKey.alg, t)}</div><span className="mono small">{r.oldKey.fingerprint}</span></> },
            {
              key: 'new', label: t('trust.rotateNew'),
              children: <><div>{algLabel(r.newKey.alg, t)}{r.newKey.alreadyTrusted ? ` ${t('trust.rotateAlready')}` : ''}</div><strong className="mono" data-testid="trust-rotate-new">{r.newKey.fingerprint}</strong></>,
            },
            { key: 'through', label: t('trust.rotateThrough'), children: through || t('trust.rotateThroughNone') },
          ]} />
          <Alert type="warning" showIcon style={{ marginTop: 12 }} title={t('trust.rotateWarn')} />
        </div>
      )}
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginTop: 12 }} />}
    </Modal>
  );
}
