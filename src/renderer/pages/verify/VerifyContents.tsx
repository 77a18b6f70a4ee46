import { Card, Descriptions, Table, Typography } from 'antd';
import type { MessageKey } from '../../i18n/zh';
import { useI18n } from '../../i18n/use-i18n';
import { formatDateTime } from '../../lib/format';
import { listScopeLabel } from '../../lib/signing-labels';
import { entryRow, text, type EntryRow, type Inspection } from './inspection';

const STATUS_KEYS: Record<string, MessageKey> = {
  active: 'verify.status.active', expired: 'verify.status.expired', removed: 'verify.status.removed', suspended: 'verify.status.suspended',
};

/** What the package says about itself (the signed manifest) and what it holds (its records). */
export function VerifyContents({ result }: { result: Inspection }) {
  const { t, locale } = useI18n();
  const m = result.manifest;
  const time = (v: string | null) => (v ? formatDateTime(v) : '—');
  const stats = m ? t('verify.statsText', {
    entries: text(m, 'stats', 'entries') ?? '—', added: text(m, 'stats', 'added') ?? '—', amended: text(m, 'stats', 'amended') ?? '—', removed: text(m, 'stats', 'removed') ?? '—',
  }) : '—';
  const from = text(m, 'period', 'from');
  const rows = (result.entries?.preview ?? []).map(entryRow);
  return (
    <>
      <Card size="small" title={t('verify.manifest')} style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={2} bordered data-testid="verify-manifest">
          <Descriptions.Item label={t('verify.packageType')}>{text(m, 'packageType') ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('pub.docNo')}>{text(m, 'documentNo') ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('pub.listType')}>{listScopeLabel(text(m, 'listType'), t, locale)}</Descriptions.Item>
          <Descriptions.Item label={t('pub.period')}>{from ? `${from} — ${text(m, 'period', 'to') ?? ''}` : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('verify.stream')}>{`${text(m, 'stream', 'id') ?? '—'} #${text(m, 'stream', 'sequence') ?? '—'}`}</Descriptions.Item>
          <Descriptions.Item label={t('verify.stats')}><span data-testid="verify-stats">{stats}</span></Descriptions.Item>
          <Descriptions.Item label={t('pub.issuedAt')}>{time(text(m, 'issuedAt'))}</Descriptions.Item>
          <Descriptions.Item label={t('verify.expiresAt')}>{time(text(m, 'expiresAt'))}</Descriptions.Item>
          <Descriptions.Item label={t('verify.packageId')} span={2}><span className="mono small">{text(m, 'packageId') ?? '—'}</span></Descriptions.Item>
          <Descriptions.Item label={t('pub.manifestSha256')} span={2}><span className="mono small" data-testid="verify-manifest-sha256">{result.manifestSha256 ?? '—'}</span></Descriptions.Item>
          <Descriptions.Item label={t('verify.packageSha256')} span={2}><span className="mono small">{result.packageSha256}</span></Descriptions.Item>
          <Descriptions.Item label={t('verify.stateSha256')} span={2}><span className="mono small">{text(m, 'stateSha256') ?? '—'}</span></Descriptions.Item>
          <Descriptions.Item label={t('verify.generator')} span={2}>{`${text(m, 'generator', 'name') ?? '—'} ${text(m, 'generator', 'version') ?? ''}`}</Descriptions.Item>
        </Descriptions>
      </Card>
      {result.entries && (
        <Card size="small" title={t('verify.entries', { total: result.entries.total })} style={{ marginBottom: 16 }}>
          {result.entries.total > rows.length && <Typography.Paragraph type="secondary">{t('verify.entriesShown', { shown: rows.length })}</Typography.Paragraph>}
          <Table<EntryRow> rowKey="key" size="small" dataSource={rows} data-testid="verify-entries" pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            columns={[
              { key: 'id', title: t('verify.entryId'), dataIndex: 'id', width: 110, render: (v: string) => <span className="mono">{v}</span> },
              { key: 'name', title: t('verify.subject'), dataIndex: 'name' },
              { key: 'code', title: t('verify.subjectCode'), dataIndex: 'code', width: 190, render: (v: string) => <span className="mono">{v}</span> },
              { key: 'listType', title: t('pub.listType'), dataIndex: 'listType', width: 160 },
              { key: 'status', title: t('field.status'), dataIndex: 'status', width: 80, render: (v: string) => { const k = STATUS_KEYS[v]; return k ? t(k) : v; } },
              { key: 'listedOn', title: t('verify.listedOn'), dataIndex: 'listedOn', width: 110 },
              { key: 'removedOn', title: t('verify.removedOn'), dataIndex: 'removedOn', width: 110 },
            ]} />
        </Card>
      )}
    </>
  );
}
