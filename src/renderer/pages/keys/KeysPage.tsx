import { useMemo, useState } from 'react';
import { Alert, App, Button, Descriptions, Empty, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { OutputOf, SigningKeyView } from '../../../contract';
import { errorText } from '../../api/api-error';
import { useAuth } from '../../auth/use-auth';
import { useQuery } from '../../hooks/use-query';
import { useI18n } from '../../i18n/use-i18n';
import { mayCall } from '../../lib/access';
import { formatDateTime } from '../../lib/format';
import { algLabel, KEY_STATUS_COLORS, keyStatusLabel } from '../../lib/signing-labels';
import { KeyGenerateModal } from './KeyGenerateModal';
import { KeyRotateModal } from './KeyRotateModal';
import { PublicKeyModal } from './PublicKeyModal';
import { RotationPackages } from './RotationPackages';

type Rotated = OutputOf<'keys:rotate'>;

/**
 * 签名密钥: the agency's own keys, public halves only. Administrators generate and rotate; every
 * role can show, copy and export a public key and its fingerprint for other agencies.
 */
export function KeysPage() {
  const { t, locale } = useI18n();
  const { user } = useAuth();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useQuery('keys:list', {});
  const [dialog, setDialog] = useState<'generate' | 'rotate' | null>(null);
  const [shown, setShown] = useState<SigningKeyView | null>(null);
  const [rotated, setRotated] = useState<Rotated | null>(null);
  const admin = mayCall(user.role, 'keys:generate');
  const keys = useMemo(() => data?.keys ?? [], [data]);
  const active = keys.filter((k) => k.status === 'active');

  const columns = useMemo<TableColumnsType<SigningKeyView>>(() => [
    { key: 'alg', title: t('keys.alg'), dataIndex: 'alg', width: 150, render: (v: string) => algLabel(v, t) },
    { key: 'fingerprint', title: t('keys.fingerprint'), dataIndex: 'fingerprint', render: (v: string) => <span className="mono small">{v}</span> },
    { key: 'status', title: t('keys.statusCol'), dataIndex: 'status', width: 90, render: (v: SigningKeyView['status']) => <Tag color={KEY_STATUS_COLORS[v]}>{keyStatusLabel(v, t)}</Tag> },
    { key: 'createdAt', title: t('keys.createdAt'), dataIndex: 'createdAt', width: 170, render: (v: string, k) => `${formatDateTime(v)} · ${k.createdBy}` },
    { key: 'retiredAt', title: t('keys.retiredAt'), dataIndex: 'retiredAt', width: 170, render: (v: string | null) => (v ? formatDateTime(v) : '—') },
    {
      key: 'actions', title: t('backups.actions'), width: 110,
      render: (_, k) => <Button type="link" size="small" style={{ paddingInline: 0 }} aria-label={t('keys.showLabel', { fingerprint: k.fingerprint.slice(0, 9) })} onClick={() => setShown(k)}>{t('keys.show')}</Button>,
    },
  ], [t, locale]);

  return (
    <section aria-labelledby="keys-title" aria-busy={loading} data-testid="keys-page">
      <div className="page-toolbar">
        <Typography.Title level={4} id="keys-title" style={{ margin: 0 }}>{t('nav.keys')}</Typography.Title>
        <span className="grow" />
        {admin && active.length > 0 && <Button danger onClick={() => setDialog('rotate')}>{t('keys.rotate')}</Button>}
        {admin && active.length < 2 && <Button type="primary" onClick={() => setDialog('generate')}>{t('keys.generate')}</Button>}
      </div>
      <Typography.Paragraph type="secondary">{t('keys.intro')}</Typography.Paragraph>
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 12 }} />}
      {data?.agency && (
        <Descriptions size="small" column={2} style={{ marginBottom: 16 }} data-testid="keys-agency">
          <Descriptions.Item label={t('keys.agencyName')}>{data.agency.name}</Descriptions.Item>
          <Descriptions.Item label={t('keys.agencyCode')}><span className="mono">{data.agency.code}</span></Descriptions.Item>
        </Descriptions>
      )}
      {rotated && (
        <Alert type="success" showIcon closable={{ onClose: () => setRotated(null) }} style={{ marginBottom: 12 }} data-testid="keys-rotated"
          title={t('keys.rotated', { fingerprint: rotated.key.fingerprint })} description={t('keys.rotatedSend', { file: rotated.package.fileName })} />
      )}
      <Table<SigningKeyView>
        rowKey="id" size="middle" columns={columns} dataSource={keys} loading={loading} pagination={false}
        data-testid="keys-table"
        locale={{ emptyText: !data ? ' ' : <Empty description={admin ? t('keys.emptyAdmin') : t('keys.emptyOther')} /> }}
      />
      <RotationPackages generation={rotated?.package.id ?? 0} />
      {dialog === 'generate' && (
        <KeyGenerateModal agency={data?.agency ?? null} taken={active.map((k) => k.alg)} hasActive={active.length > 0} onClose={() => setDialog(null)}
          onGenerated={(r) => { setDialog(null); message.success(t('keys.generated', { fingerprint: r.key.fingerprint })); reload(); setShown(r.key); }} />
      )}
      {dialog === 'rotate' && (
        <KeyRotateModal active={active} onClose={() => setDialog(null)}
          onRotated={(r) => { setDialog(null); setRotated(r); reload(); }} />
      )}
      {shown && <PublicKeyModal signingKey={shown} onClose={() => setShown(null)} />}
    </section>
  );
}
