import { App, Button, Descriptions, Modal, Space, Typography } from 'antd';
import type { SigningKeyView } from '../../../contract';
import { errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/use-i18n';
import { downloadBlob } from '../../lib/files';
import { algLabel } from '../../lib/signing-labels';

type Props = { signingKey: SigningKeyView; onClose: () => void };

/**
 * One public key as other agencies need it: the PEM to send, and the fingerprint they confirm by
 * letter or telephone before trusting it (formats.md §3: never trust on first use).
 */
export function PublicKeyModal({ signingKey: k, onClose }: Props) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();

  async function copy(text: string, done: string) {
    try {
      await navigator.clipboard.writeText(text);
      message.success(done);
    } catch {
      message.error(t('keys.copyFailed'));
    }
  }

  async function exportFile() {
    try {
      const file = await call('keys:export-public', { id: k.id });
      downloadBlob(new Blob([file.pem], { type: 'application/x-pem-file' }), file.fileName);
      message.success(t('keys.exported', { file: file.fileName }));
    } catch (cause) {
      message.error(errorText(cause, locale));
    }
  }

  return (
    <Modal open title={t('keys.publicKeyTitle', { alg: algLabel(k.alg, t) })} onCancel={onClose} width={720} destroyOnHidden
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('keys.fingerprint')}>
          <span className="mono" data-testid="key-fingerprint">{k.fingerprint}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('keys.keyId')}>
          <span className="mono small">{k.keyId}</span>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>{t('keys.fingerprintHelp')}</Typography.Paragraph>
      <pre className="pem-block" data-testid="key-pem" aria-label={t('keys.pem')}>{k.spkiPem}</pre>
      <Space wrap>
        <Button onClick={() => void copy(k.spkiPem, t('keys.pemCopied'))}>{t('keys.copyPem')}</Button>
        <Button onClick={() => void copy(k.fingerprint, t('keys.fingerprintCopied'))}>{t('keys.copyFingerprint')}</Button>
        <Button type="primary" onClick={() => void exportFile()}>{t('keys.exportPem')}</Button>
      </Space>
    </Modal>
  );
}
