import { Button, Table, Tag, Typography } from 'antd';
import type { TrustedKeyView } from './trusted-key';
import { useI18n } from '../../i18n/use-i18n';
import { formatLocaleDateTime } from '../../lib/format';
import { algLabel } from '../../lib/signing-labels';

type Props = {
  rows: TrustedKeyView[] | undefined;
  loading: boolean;
  emptyText: string;
  /** Absent for roles that may not revoke: the column is left out. */
  onRevoke: ((key: TrustedKeyView) => void) | undefined;
};

/** Where a rotated key still signs: each stream up to its last sequence before the rotation. */
function rotatedStreams(through: Record<string, number>, t: ReturnType<typeof useI18n>['t']): string {
  const items = Object.entries(through).map(([stream, sequence]) => t('trust.rotateThroughItem', { stream, sequence }));
  return items.length > 0 ? items.join(t('trust.listSeparator')) : t('trust.rotateThroughNone');
}

/** The registry, one key per row; a revoked key stays listed (packages it signed earlier may still be checked). */
export function TrustTable({ rows, loading, emptyText, onRevoke }: Props) {
  const { t, locale } = useI18n();
  return (
    <Table<TrustedKeyView> rowKey="id" size="small" loading={loading} dataSource={rows ?? []} pagination={false} data-testid="trust-table"
      locale={{ emptyText }}
      expandable={{ expandedRowRender: (k) => <pre className="mono small" style={{ margin: 0 }}>{k.spkiPem}</pre> }}
      columns={[
        { key: 'agency', title: t('trust.agencyName'), width: 240, render: (_, k) => <><div>{k.agencyName}</div><Typography.Text type="secondary" className="mono">{k.agencyCode}</Typography.Text></> },
        { key: 'alg', title: t('trust.alg'), dataIndex: 'alg', width: 130, render: (v: string) => algLabel(v, t) },
        { key: 'fingerprint', title: t('trust.keyFingerprint'), dataIndex: 'fingerprint', render: (v: string) => <span className="mono small" data-testid="trust-fingerprint">{v}</span> },
        { key: 'confirmed', title: t('trust.confirmed'), width: 190, render: (_, k) => t('trust.confirmedText', { by: k.confirmedBy, at: formatLocaleDateTime(k.confirmedAt, locale) }) },
        {
          key: 'state', title: t('trust.state'), width: 200,
          render: (_, k) => k.revokedAt === null
            ? k.validThrough === null
              ? <Tag color="green">{t('trust.state.active')}</Tag>
              : <><Tag color="orange">{t('trust.state.rotated')}</Tag>
                <div className="small muted">{t('trust.rotatedText', { streams: rotatedStreams(k.validThrough, t) })}</div></>
            : <><Tag color="red">{t('trust.state.revoked')}</Tag>
              <div className="small muted">{t('trust.revokedText', { by: k.revokedBy ?? '—', at: formatLocaleDateTime(k.revokedAt, locale) })}
                {/* After sequence 0 means every package: nothing earlier stays valid, so there is nothing to add. */}
                {k.revokedAfterSequence !== null && k.revokedAfterSequence > 0 && t('trust.revokedAfter', { sequence: k.revokedAfterSequence })}</div></>,
        },
        ...(onRevoke ? [{
          key: 'actions', title: '', width: 80,
          render: (_: unknown, k: TrustedKeyView) => k.revokedAt === null && (
            <Button type="link" danger size="small" style={{ paddingInline: 0 }} onClick={() => onRevoke(k)}>{t('trust.revoke')}</Button>
          ),
        }] : []),
      ]} />
  );
}
