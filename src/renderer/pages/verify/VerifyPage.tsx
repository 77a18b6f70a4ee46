import { useEffect, useState } from 'react';
import { Alert, Spin, Typography, Upload } from 'antd';
import { errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/use-i18n';
import { fileToBase64 } from '../../lib/files';
import { VerifyContents } from './VerifyContents';
import { VerifyFiles, VerifySigners } from './VerifyDetails';
import { VerifyVerdict } from './VerifyVerdict';
import type { Inspection } from './inspection';

type Opened = { fileName: string; result: Inspection };

/**
 * 验证文件: open a .qcp (picked or dropped) and see who signed it, whether every file matches and
 * what it contains. Reads only: nothing is imported or recorded. With `issuedId`, one of this
 * agency's own issued packages is checked straight from the archive.
 */
export function VerifyPage({ issuedId }: { issuedId?: number | undefined }) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [opened, setOpened] = useState<Opened | null>(null);

  async function inspect(fileName: string, read: () => Promise<string>) {
    setBusy(true);
    setError(null);
    setOpened(null);
    try {
      const result = await call('packages:inspect', { contentBase64: await read() });
      setOpened({ fileName, result });
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    if (!issuedId) return;
    void (async () => {
      const file = await call('publications:export', { id: issuedId }).catch((cause: unknown) => {
        setError(cause);
        return null;
      });
      if (file) await inspect(file.fileName, () => Promise.resolve(file.contentBase64));
    })();
  }, [issuedId]);

  return (
    <section aria-labelledby="verify-title" aria-busy={busy} data-testid="verify-page">
      <div className="page-toolbar">
        <Typography.Title level={4} id="verify-title" style={{ margin: 0 }}>{t('nav.verify')}</Typography.Title>
      </div>
      <Typography.Paragraph type="secondary">{t('verify.intro')}</Typography.Paragraph>
      <div data-testid="verify-drop" style={{ marginBottom: 16 }}>
        <Upload.Dragger accept=".qcp,application/zip" multiple={false} showUploadList={false} disabled={busy}
          beforeUpload={(file) => {
            void inspect(file.name, () => fileToBase64(file));
            return false;
          }}>
          <p className="ant-upload-text">{t('verify.drop')}</p>
          <p className="ant-upload-hint">{t('verify.dropHint')}</p>
        </Upload.Dragger>
      </div>
      {busy && <Spin description={t('verify.checking')} />}
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 12 }} />}
      {!opened && !busy && error === null && <Typography.Paragraph type="secondary" data-testid="verify-empty">{t('verify.empty')}</Typography.Paragraph>}
      {opened && (
        <div data-testid="verify-result">
          <VerifyVerdict result={opened.result} fileName={opened.fileName} />
          <VerifySigners result={opened.result} />
          <VerifyFiles result={opened.result} />
          <VerifyContents result={opened.result} />
        </div>
      )}
    </section>
  );
}
