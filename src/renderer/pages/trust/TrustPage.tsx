import { useState } from 'react';
import { Alert, App, Button, Typography } from 'antd';
import type { TrustedKeyView } from './trusted-key';
import { errorText } from '../../api/api-error';
import { useAuth } from '../../auth/use-auth';
import { useQuery } from '../../hooks/use-query';
import { useI18n } from '../../i18n/use-i18n';
import { mayCall } from '../../lib/access';
import { TrustAddModal } from './TrustAddModal';
import { TrustRevokeModal } from './TrustRevokeModal';
import { TrustTable } from './TrustTable';

/**
 * 合作机构公钥: the registry of partner agencies' public keys whose packages we accept. Everyone
 * who imports may read it (to see whose packages are accepted); only administrators register a
 * key — after re-typing the whole fingerprint confirmed out of band — or revoke one.
 */
export function TrustPage() {
  const { t, locale } = useI18n();
  const { user } = useAuth();
  const { message } = App.useApp();
  const keys = useQuery('trust:list', {});
  const [adding, setAdding] = useState(false);
  const [revoking, setRevoking] = useState<TrustedKeyView | null>(null);
  const mayAdd = mayCall(user.role, 'trust:add');
  const mayRevoke = mayCall(user.role, 'trust:revoke');

  return (
    <section aria-labelledby="trust-title" aria-busy={keys.loading} data-testid="trust-page">
      <div className="page-toolbar">
        <Typography.Title level={4} id="trust-title" style={{ margin: 0 }}>{t('nav.trust')}</Typography.Title>
        {mayAdd && <Button type="primary" onClick={() => setAdding(true)}>{t('trust.add')}</Button>}
      </div>
      <Typography.Paragraph type="secondary">{t('trust.intro')}</Typography.Paragraph>
      {!mayAdd && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('trust.adminOnly')} />}
      {keys.error !== null && <Alert type="error" showIcon role="alert" title={errorText(keys.error, locale)} style={{ marginBottom: 12 }} />}
      <TrustTable rows={keys.data} loading={keys.loading} onRevoke={mayRevoke ? setRevoking : undefined}
        emptyText={mayAdd ? t('trust.emptyAdmin') : t('trust.empty')} />
      {adding && (
        <TrustAddModal onClose={() => setAdding(false)}
          onAdded={(k) => { setAdding(false); message.success(t('trust.added', { agency: k.agencyName })); keys.reload(); }} />
      )}
      {revoking && (
        <TrustRevokeModal trusted={revoking} onClose={() => setRevoking(null)}
          onRevoked={() => { setRevoking(null); message.success(t('trust.revoked')); keys.reload(); }} />
      )}
    </section>
  );
}
