import { useMemo } from 'react';
import { Alert, Card, Table } from 'antd';
import { errorText } from '../api/api-error';
import { useQuery } from '../hooks/use-query';
import { useI18n } from '../i18n/use-i18n';
import { auditColumns } from './audit-columns';

/** The audit rows of one enterprise, newest as the backend orders them. */
export function EnterpriseHistory({ id }: { id: number }) {
  const { t, locale } = useI18n();
  const { data, error, loading } = useQuery('audit:list', { entity: 'enterprise', entityId: String(id), page: 1, pageSize: 100 });
  const columns = useMemo(() => auditColumns(t, locale, false), [t, locale]);
  return (
    <Card title={t('detail.history')} style={{ marginTop: 16 }} data-testid="enterprise-history">
      {error !== null && <Alert type="error" showIcon title={errorText(error, locale)} />}
      <Table
        rowKey="seq"
        size="small"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        pagination={false}
        locale={{ emptyText: t('detail.noHistory') }}
      />
    </Card>
  );
}
