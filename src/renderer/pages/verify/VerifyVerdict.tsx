import { Alert, Tag } from 'antd';
import { useI18n } from '../../i18n/use-i18n';
import { packageErrorText } from '../../lib/signing-labels';
import { text, type Inspection } from './inspection';

/**
 * The answer first: verified (a trusted key signed it and every file matches), intact but signed
 * by a key not trusted here, or refused — with the stable code of formats.md §4 and its meaning.
 */
export function VerifyVerdict({ result, fileName }: { result: Inspection; fileName: string }) {
  const { t, locale } = useI18n();
  const agency = text(result.manifest, 'issuer', 'agencyName') ?? '—';
  if (result.verified) {
    return (
      <Alert type="success" showIcon data-testid="verify-verdict" data-verdict="verified" style={{ marginBottom: 16 }}
        title={t('verify.ok', { file: fileName })} description={t('verify.okDetail', { agency, files: result.files.length })} />
    );
  }
  const code = result.error?.code ?? 'E_SIG_INVALID';
  const explained = packageErrorText(code, result.error?.message ?? '', locale);
  // The backend's own message often names the file or field; show it when it says more.
  const detail = result.error && result.error.message !== explained ? result.error.message : null;
  const description = (
    <>
      <div>
        <Tag color={result.intact ? 'orange' : 'red'} className="mono" data-testid="verify-code">{code}</Tag>
        <span data-testid="verify-explanation">{explained}</span>
      </div>
      {detail && <div className="small muted" style={{ marginTop: 4 }}>{detail}</div>}
      {result.intact && <div style={{ marginTop: 4 }}>{t('verify.intactHelp')}</div>}
    </>
  );
  return (
    <Alert type={result.intact ? 'warning' : 'error'} showIcon role="alert" data-testid="verify-verdict" data-verdict={result.intact ? 'untrusted' : 'failed'}
      style={{ marginBottom: 16 }} title={result.intact ? t('verify.untrusted', { file: fileName }) : t('verify.failed', { file: fileName })} description={description} />
  );
}
