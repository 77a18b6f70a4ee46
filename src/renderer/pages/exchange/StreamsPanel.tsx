import { Alert, Table, Tag, Typography } from 'antd';
import type { OutputOf } from '../../../contract';
import { errorText } from '../../api/api-error';
import { useAuth } from '../../auth/use-auth';
import { useQuery } from '../../hooks/use-query';
import { useI18n } from '../../i18n/use-i18n';
import { mayCall } from '../../lib/access';
import { formatLocaleDateTime } from '../../lib/format';
import { SilenceSetting } from './SilenceSetting';

type Streams = OutputOf<'exchange:streams'>;
type Incoming = Streams['incoming'][number];
type Outgoing = Streams['outgoing'][number];
type Received = Streams['received'][number];

/**
 * The streams of packages: each partner's last sequence and date, flagged when silent for longer
 * than the configured period (a partner's updates may be withheld), ours, and every package received.
 */
export function StreamsPanel() {
  const { t, locale } = useI18n();
  const { user } = useAuth();
  const streams = useQuery('exchange:streams', {});
  const at = (iso: string) => formatLocaleDateTime(iso, locale);
  const data = streams.data;
  return (
    <div data-testid="ex-streams" aria-busy={streams.loading}>
      {streams.error !== null && <Alert type="error" showIcon role="alert" title={errorText(streams.error, locale)} style={{ marginBottom: 12 }} />}
      {data && (
        <div className="page-toolbar">
          <Typography.Text type="secondary">{t('ex.silenceDays', { days: data.silenceDays })}</Typography.Text>
          {mayCall(user.role, 'exchange:set-silence') && <SilenceSetting days={data.silenceDays} onSaved={streams.reload} />}
        </div>
      )}
      <Typography.Title level={5}>{t('ex.incoming')}</Typography.Title>
      <Table<Incoming> rowKey={(s) => `${s.issuer}/${s.streamId}`} size="small" pagination={false} loading={streams.loading} dataSource={data?.incoming ?? []}
        data-testid="ex-incoming" locale={{ emptyText: t('ex.noIncoming') }} style={{ marginBottom: 16 }} columns={[
          { key: 'partner', title: t('ex.partner'), render: (_, s) => <><div>{s.agencyName ?? '—'}</div><Typography.Text type="secondary" className="mono">{s.issuer}</Typography.Text></> },
          { key: 'stream', title: t('ex.stream'), dataIndex: 'streamId', render: (v: string) => <span className="mono">{v}</span> },
          { key: 'seq', title: t('ex.lastSequence'), dataIndex: 'lastSequence', width: 90, align: 'right' },
          { key: 'issued', title: t('ex.lastIssuedAt'), dataIndex: 'lastIssuedAt', width: 170, render: at },
          { key: 'imported', title: t('ex.lastImportedAt'), dataIndex: 'lastImportedAt', width: 170, render: at },
          { key: 'entries', title: t('ex.entriesCount'), width: 120, render: (_, s) => t('ex.entriesText', { entries: s.entries, active: s.active }) },
          {
            key: 'silence', title: t('ex.silence'), width: 160,
            render: (_, s) => (s.silent ? <Tag color="red">{t('ex.silent', { days: s.silentDays })}</Tag> : <Tag color="green">{t('ex.fresh', { days: s.silentDays })}</Tag>),
          },
        ]} />
      <Typography.Title level={5}>{t('ex.outgoing')}</Typography.Title>
      <Table<Outgoing> rowKey="streamId" size="small" pagination={false} loading={streams.loading} dataSource={data?.outgoing ?? []}
        locale={{ emptyText: t('ex.noOutgoing') }} style={{ marginBottom: 16 }} columns={[
          { key: 'stream', title: t('ex.stream'), dataIndex: 'streamId', render: (v: string) => <span className="mono">{v}</span> },
          { key: 'seq', title: t('ex.lastSequence'), dataIndex: 'lastSequence', width: 90, align: 'right' },
          { key: 'issued', title: t('ex.lastIssuedAt'), dataIndex: 'lastIssuedAt', width: 170, render: at },
          { key: 'entries', title: t('ex.outgoingEntries'), dataIndex: 'entries', width: 120, align: 'right' },
        ]} />
      <Typography.Title level={5}>{t('ex.received')}</Typography.Title>
      <Table<Received> rowKey="id" size="small" loading={streams.loading} dataSource={data?.received ?? []} pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid="ex-received" locale={{ emptyText: t('ex.noReceived') }} columns={[
          { key: 'file', title: t('ex.file'), dataIndex: 'fileName', render: (v: string) => <span className="mono small">{v}</span> },
          { key: 'stream', title: t('ex.stream'), render: (_, r) => <span className="mono">{r.streamId ?? '—'}</span> },
          { key: 'seq', title: t('ex.sequence'), dataIndex: 'sequence', width: 80, align: 'right', render: (v: number | null) => v ?? '—' },
          { key: 'status', title: t('ex.outcome'), dataIndex: 'status', width: 150, render: (v: string) => (v === 'imported' ? t('ex.received.imported') : v) },
          { key: 'at', title: t('ex.receivedAt'), dataIndex: 'receivedAt', width: 170, render: at },
          { key: 'by', title: t('ex.receivedBy'), dataIndex: 'receivedBy', width: 100 },
        ]} />
    </div>
  );
}
