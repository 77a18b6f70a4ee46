import { Alert, Card, Skeleton, Table } from 'antd';
import { errorText } from '../../api/api-error';
import { useRecordKindCounts, type KindCount } from '../../hooks/use-record-kind-counts';
import { useI18n } from '../../i18n/use-i18n';
import { kindLabel } from '../../lib/record-labels';

/** Enterprises with records of each kind: what the dossiers hold, on the home page. */
export function KindCountsCard() {
  const { t, locale } = useI18n();
  const { counts, error } = useRecordKindCounts();
  return (
    <Card size="small" title={t('home.byKind')} data-testid="home-kinds">
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} />}
      {!counts && error === null && <Skeleton active />}
      {counts && (
        <Table<KindCount>
          rowKey="kind"
          size="small"
          pagination={false}
          dataSource={counts}
          columns={[
            { key: 'kind', title: t('record.kind'), render: (_, c) => kindLabel(c.kind, locale) },
            { key: 'n', title: t('home.withRecords'), align: 'right', render: (_, c) => `${c.enterprises.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-US')}${c.capped ? '+' : ''}` },
          ]}
        />
      )}
    </Card>
  );
}
