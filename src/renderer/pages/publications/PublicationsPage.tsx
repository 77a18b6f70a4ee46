import { useCallback, useState } from 'react';
import { Alert, App, Button, Typography } from 'antd';
import type { IssuedPackage } from '../../../contract';
import { errorText } from '../../api/api-error';
import { useAuth } from '../../auth/use-auth';
import { useQuery } from '../../hooks/use-query';
import { useI18n } from '../../i18n/use-i18n';
import { mayCall } from '../../lib/access';
import { navigate } from '../../lib/route';
import { downloadIssued } from './download';
import { IssueConfirmModal } from './IssueConfirmModal';
import { IssueForm, type Previewed } from './IssueForm';
import { IssuedTable } from './IssuedTable';

/**
 * 定期公布: issue a signed publication of a list for a period (reviewers and administrators, with
 * an active signing key), and every one issued so far, each exportable again byte for byte.
 */
export function PublicationsPage() {
  const { t, locale } = useI18n();
  const { user } = useAuth();
  const { message } = App.useApp();
  const keys = useQuery('keys:list', {});
  const issued = useQuery('publications:list', { packageType: 'publication' });
  const [previewed, setPreviewed] = useState<Previewed | null>(null);
  const mayIssue = mayCall(user.role, 'publications:issue');
  const hasKey = keys.data ? keys.data.keys.some((k) => k.status === 'active') : null;

  const exportAgain = useCallback(async (id: number) => {
    try {
      const saved = await downloadIssued(id);
      // Computed from the bytes just saved, not taken from the backend's word.
      if (saved.sha256 === saved.packageSha256) message.success(t('pub.exportedIdentical', { file: saved.fileName, sha256: saved.sha256 }));
      else message.error(t('pub.exportedDiffers', { file: saved.fileName }));
    } catch (cause) {
      message.error(errorText(cause, locale));
    }
  }, [message, t, locale]);
  const onExport = useCallback((p: IssuedPackage) => void exportAgain(p.id), [exportAgain]);
  const onVerify = useCallback((p: IssuedPackage) => navigate({ page: 'verify', id: p.id }), []);

  return (
    <section aria-labelledby="publications-title" aria-busy={issued.loading} data-testid="publications-page">
      <div className="page-toolbar">
        <Typography.Title level={4} id="publications-title" style={{ margin: 0 }}>{t('nav.publications')}</Typography.Title>
      </div>
      <Typography.Paragraph type="secondary">{t('pub.intro')}</Typography.Paragraph>
      {keys.error !== null && <Alert type="error" showIcon role="alert" title={errorText(keys.error, locale)} style={{ marginBottom: 12 }} />}
      {issued.error !== null && <Alert type="error" showIcon role="alert" title={errorText(issued.error, locale)} style={{ marginBottom: 12 }} />}
      {hasKey === false && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} data-testid="pub-no-key" title={t('pub.noKey')}
          description={mayCall(user.role, 'keys:generate') ? t('pub.noKeyAdmin') : t('pub.noKeyOther')}
          action={<Button onClick={() => navigate({ page: 'keys' })}>{t('pub.toKeys')}</Button>} />
      )}
      {!mayIssue && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('pub.reviewerOnly')} />}
      {mayIssue && hasKey && <IssueForm onPreviewed={setPreviewed} />}
      <Typography.Title level={5}>{t('pub.issuedList')}</Typography.Title>
      <IssuedTable rows={issued.data} loading={issued.loading} onExport={onExport} onVerify={onVerify}
        emptyText={!mayIssue ? t('pub.emptyOther') : hasKey ? t('pub.emptyIssuer') : t('pub.emptyNoKey')} />
      {previewed && (
        <IssueConfirmModal previewed={previewed} onClose={() => setPreviewed(null)} onIssued={() => issued.reload()}
          onDownload={(p) => void exportAgain(p.id)} />
      )}
    </section>
  );
}
