import { Card, Descriptions, Table, Tag } from 'antd';
import { useI18n } from '../../i18n/use-i18n';
import { formatBytes } from '../../lib/format';
import { algLabel } from '../../lib/signing-labels';
import { text, type Inspection } from './inspection';

type Signer = Inspection['signers'][number];
type FileRow = Inspection['files'][number];

/** Who signed: the issuer the manifest names, and per signature the key and whether it is trusted here. */
export function VerifySigners({ result }: { result: Inspection }) {
  const { t } = useI18n();
  const trust = (s: Signer) => {
    if (s.trustedAs === 'own') return <Tag color="green">{t('verify.trust.own')}</Tag>;
    if (s.trustedAs === 'partner') return <Tag color="blue">{t('verify.trust.partner', { agency: s.agencyName ?? '' })}</Tag>;
    return <Tag color="orange">{t('verify.trust.none')}</Tag>;
  };
  return (
    <Card size="small" title={t('verify.signers')} style={{ marginBottom: 16 }}>
      <Descriptions size="small" column={2} style={{ marginBottom: 8 }}>
        <Descriptions.Item label={t('verify.issuer')}><span data-testid="verify-issuer">{text(result.manifest, 'issuer', 'agencyName') ?? '—'}</span></Descriptions.Item>
        <Descriptions.Item label={t('keys.agencyCode')}><span className="mono">{text(result.manifest, 'issuer', 'agencyCode') ?? '—'}</span></Descriptions.Item>
      </Descriptions>
      <Table<Signer> rowKey="keyId" size="small" pagination={false} dataSource={result.signers} data-testid="verify-signers"
        locale={{ emptyText: t('verify.noSigners') }} columns={[
          { key: 'alg', title: t('keys.alg'), dataIndex: 'alg', width: 150, render: (v: string) => algLabel(v, t) },
          { key: 'fingerprint', title: t('keys.fingerprint'), dataIndex: 'fingerprint', render: (v: string) => <span className="mono small">{v}</span> },
          { key: 'trust', title: t('verify.trust'), width: 220, render: (_, s) => trust(s) },
        ]} />
    </Card>
  );
}

/** Whether every file matches the signed manifest: size, SHA-256 and SM3, one row per file. */
export function VerifyFiles({ result }: { result: Inspection }) {
  const { t, locale } = useI18n();
  return (
    <Card size="small" title={t('verify.files', { count: result.files.length })} style={{ marginBottom: 16 }}>
      <Table<FileRow> rowKey="path" size="small" pagination={false} dataSource={result.files} data-testid="verify-files"
        locale={{ emptyText: t('verify.noFiles') }} columns={[
          { key: 'path', title: t('verify.path'), dataIndex: 'path', width: 230, render: (v: string) => <span className="mono">{v}</span> },
          { key: 'size', title: t('backups.size'), dataIndex: 'size', width: 100, align: 'right', render: (v: number) => formatBytes(v, locale) },
          { key: 'sha256', title: 'SHA-256', dataIndex: 'sha256', render: (v: string) => <span className="mono small hash-cell">{v}</span> },
          { key: 'matches', title: t('verify.check'), dataIndex: 'matches', width: 90, render: (v: boolean) => (v ? <Tag color="green">{t('verify.match')}</Tag> : <Tag color="red">{t('verify.mismatch')}</Tag>) },
        ]} />
    </Card>
  );
}
