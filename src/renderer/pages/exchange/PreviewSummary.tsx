import { Alert, Descriptions, Tag } from 'antd';
import type { OutputOf } from '../../../contract';
import { useI18n } from '../../i18n/use-i18n';
import { formatLocaleDateTime } from '../../lib/format';
import { packageErrorText, packageTypeLabel } from '../../lib/signing-labels';

type Preview = OutputOf<'exchange:import-preview'>;

/**
 * The answer first — importable, already imported, or refused with the stable code of
 * formats.md §4 and its meaning — then where the package comes from and what it would change.
 */
export function PreviewSummary({ preview }: { preview: Preview }) {
  const { t, locale } = useI18n();
  const file = preview.fileName;
  const at = (iso: string | null) => (iso ? formatLocaleDateTime(iso, locale) : '—');
  let verdict;
  if (preview.acceptable) {
    verdict = <Alert type="success" showIcon data-testid="ex-verdict" data-verdict="acceptable" title={t('ex.acceptable', { file })} />;
  } else if (preview.error?.code === 'I_ALREADY_IMPORTED') {
    verdict = <Alert type="info" showIcon data-testid="ex-verdict" data-verdict="already-imported" title={t('ex.alreadyImported', { file })} />;
  } else {
    const code = preview.error?.code ?? 'E_SIG_INVALID';
    const explained = packageErrorText(code, preview.error?.message ?? '', locale);
    // The backend's own message often names the file or the sequence; show it when it says more.
    const detail = preview.error && preview.error.message !== explained ? preview.error.message : null;
    verdict = (
      <Alert type="error" showIcon role="alert" data-testid="ex-verdict" data-verdict="refused" title={t('ex.refused', { file })}
        description={<>
          <div><Tag color="red" className="mono" data-testid="ex-code">{code}</Tag><span data-testid="ex-explanation">{explained}</span></div>
          {detail && <div className="small muted" style={{ marginTop: 4 }}>{detail}</div>}
        </>} />
    );
  }
  const c = preview.counts;
  const m = preview.matches;
  // A package refused before its manifest could be read has nothing more to show than the refusal.
  if (preview.manifestSha256 === null) return <div style={{ marginBottom: 16 }}>{verdict}</div>;
  return (
    <>
      <div style={{ marginBottom: 16 }}>{verdict}</div>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} title={t('ex.summary')} style={{ marginBottom: 16 }} data-testid="ex-summary">
        <Descriptions.Item label={t('ex.issuer')}>
          <span data-testid="ex-issuer">{preview.issuer?.agencyName ?? '—'}</span>{' '}
          <span className="mono small muted">{preview.issuer?.agencyCode}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('ex.packageType')}>{packageTypeLabel(preview.packageType, t)}</Descriptions.Item>
        <Descriptions.Item label={t('ex.stream')}><span className="mono" data-testid="ex-stream">{preview.streamId ?? '—'}</span></Descriptions.Item>
        <Descriptions.Item label={t('ex.sequence')}><span data-testid="ex-sequence">{preview.sequence ?? '—'}</span></Descriptions.Item>
        <Descriptions.Item label={t('ex.issuedAt')}>{at(preview.issuedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('ex.expiresAt')}>{at(preview.expiresAt)}</Descriptions.Item>
        <Descriptions.Item label={t('ex.counts')} span={2}>
          <span data-testid="ex-counts">{t('ex.countsText', { added: c.added, amended: c.amended, removed: c.removed, dropped: c.dropped, unchanged: c.unchanged })}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('ex.matches')} span={2}>
          <span data-testid="ex-matches">{t('ex.matchesText', { linked: m.linked, review: m.review, none: m.none })}</span>
        </Descriptions.Item>
        <Descriptions.Item label="SHA-256" span={2}><span className="mono small">{preview.packageSha256}</span></Descriptions.Item>
      </Descriptions>
    </>
  );
}
