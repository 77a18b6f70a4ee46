import { useState } from 'react';
import { Alert, Button, Space } from 'antd';
import type { AuditVerification } from '../../contract';
import { errorText } from '../api/api-error';
import { call } from '../api/client';
import { useI18n } from '../i18n/use-i18n';

/** Re-computes the audit log's hash chain on the backend and shows the verdict. */
export function HashChainCheck() {
  const { t, locale } = useI18n();
  const [result, setResult] = useState<AuditVerification | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function verify() {
    setBusy(true);
    setError(null);
    try {
      setResult(await call('audit:verify', {}));
    } catch (cause) {
      setResult(null);
      setError(cause);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button onClick={() => void verify()} loading={busy}>
        {t('audit.verify')}
      </Button>
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} />}
      {result?.ok === true && <Alert type="success" showIcon data-testid="audit-verify-result" title={t('audit.ok', { rows: result.rows })} />}
      {result?.ok === false && (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="audit-verify-result"
          title={t('audit.problems', { count: result.problems.length, rows: result.rows })}
          description={
            <ul className="change-list">
              {result.problems.map((p, i) => (
                <li key={`${p.seq ?? 'head'}-${i}`}>
                  {p.seq !== null ? `#${p.seq} ` : ''}[{p.kind}] {p.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </Space>
  );
}
