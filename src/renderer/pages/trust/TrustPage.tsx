import { useState } from 'react';
import { Alert, App, Button, Space, Typography } from 'antd';
import type { TrustedKeyView } from './trusted-key';
import { errorText } from '../../api/api-error';
import { useAuth } from '../../auth/use-auth';
import { useQuery } from '../../hooks/use-query';
import { useI18n } from '../../i18n/use-i18n';
import { mayCall } from '../../lib/access';
import { TrustAddModal } from './TrustAddModal';
import { TrustRevokeModal } from './TrustRevokeModal';
import { TrustRotateModal } from './TrustRotateModal';
import { TrustTable } from './TrustTable';

/**
 * 合作机构公钥: the registry of partner agencies' public keys whose packages we accept. Everyone
 * who imports may read it (to see whose packages are accepted); only administrators register a
 * key — after re-typing the whole fingerprint confirmed out of band — import a partner's key
 * rotation, or revoke a key.
 */
export function TrustPage() {
  const { t, locale } = useI18n();
  const { user } = useAuth();
  const { message } = App.useApp();
  const keys = useQuery('trust:list', {});
  const [adding, setAdding] = useState(false);
  const [revoking, setRevoking] = useState<TrustedKeyView | null>(null);
  const [rotating, setRotating] = useState(false);
  const mayAdd = mayCall(user.role, 'trust:add');
  const mayRotate = mayCall(user.role, 'trust:rotation-apply');
  const mayRevoke = mayCall(user.role, 'trust:revoke');

  return (
    <section aria-labelledby="trust-title" aria-busy={keys.loading} data-testid="trust-page">
      <div className="page-toolbar">
        <Typography.Title level={4} id="trust-title" style={{ margin: 0 }}>{t('nav.trust')}</Typography.Title>
        <Space>
          {mayRotate && <Button onClick={() => setRotating(true)}>{t('trust.rotate')}</Button>}
          {mayAdd && <Button type="primary" onClick={() => setAdding(true)}>{t('trust.add')}</Button>}
        </Space>
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
      {rotating && (
        <TrustRotateModal onClose={() => setRotating(false)}
          onApplied={(r) => { setRotating(false); message.success(t('trust.rotated', { agency: r.agencyName })); keys.reload(); }} />
      )}
      {revoking && (
        <TrustRevokeModal trusted={revoking} onClose={() => setRevoking(null)}
          onRevoked={() => { setRevoking(null); message.success(t('trust.revoked')); keys.reload(); }} />
      )}
    </section>
  );
}
