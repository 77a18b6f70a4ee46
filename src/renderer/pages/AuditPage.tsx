import { useMemo, useState } from 'react';
import { Alert, Table, Typography } from 'antd';
import { errorText } from '../api/api-error';
import { auditColumns } from '../components/audit-columns';
import { HashChainCheck } from '../components/HashChainCheck';
import { useQuery } from '../hooks/use-query';
import { useI18n } from '../i18n/use-i18n';

/** 审计日志: every change, paged on the server, and the hash-chain check. */
export function AuditPage() {
  const { t, locale } = useI18n();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const { data, error, loading } = useQuery('audit:list', paging);
  const columns = useMemo(() => auditColumns(t, locale, true), [t, locale]);
  return (
    <section aria-labelledby="audit-title">
      <Typography.Title level={4} id="audit-title" style={{ marginTop: 0 }}>
        {t('nav.audit')}
      </Typography.Title>
      <div style={{ marginBottom: 12 }}>
        <HashChainCheck />
      </div>
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 12 }} />}
      <Table
        rowKey="seq"
        size="small"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        locale={{ emptyText: t('audit.empty') }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (count, [from, to]) => t('ent.range', { from, to, count }),
          onChange: (page, pageSize) => setPaging((p) => ({ page: pageSize === p.pageSize ? page : 1, pageSize })),
        }}
      />
    </section>
  );
}
