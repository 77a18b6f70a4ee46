import { useMemo, useState } from 'react';
import { Alert, App, Button, Input, Select, Table, Typography } from 'antd';
import { ENTERPRISE_STATUSES, type EnterpriseStatus } from '../../core/enterprises/enterprise';
import { errorText } from '../api/api-error';
import { useAuth } from '../auth/use-auth';
import { enterpriseColumns } from '../components/enterprise-columns';
import { EnterpriseFormModal } from '../components/EnterpriseFormModal';
import { RecordFactFilter } from '../components/RecordFactFilter';
import { useEnterpriseList, type SortField } from '../hooks/use-enterprise-list';
import { useI18n } from '../i18n/use-i18n';
import { mayCall } from '../lib/access';
import { statusLabel } from '../lib/labels';
import { navigate } from '../lib/route';

const SORTABLE: readonly SortField[] = ['uscc', 'name', 'regionCode'];

/** 企业档案: search by part of a name or a USCC, filter by status, page on the server. */
export function EnterprisesPage() {
  const { t, locale } = useI18n();
  const { user } = useAuth();
  const { message } = App.useApp();
  const list = useEnterpriseList();
  const [creating, setCreating] = useState(false);
  const { data, error, loading } = list.result;
  const columns = useMemo(() => enterpriseColumns(t, list.sort, list.order), [t, list.sort, list.order]);
  const filtered = list.query !== '' || list.status !== undefined || list.facts.recordKind !== undefined;
  const open = (id: number) => navigate({ page: 'enterprise', id });

  return (
    <section
      aria-labelledby="enterprises-title"
      aria-busy={loading}
      // Which search the table shows, so tests (and screen readers, via aria-busy) know when it is current.
      data-query={list.query}
      data-testid="enterprise-list"
    >
      <Typography.Title level={4} id="enterprises-title" style={{ marginTop: 0 }}>
        {t('nav.enterprises')}
      </Typography.Title>
      <div className="page-toolbar">
        <Input.Search
          autoFocus
          allowClear
          aria-label={t('ent.searchLabel')}
          placeholder={t('ent.search')}
          value={list.text}
          onChange={(e) => list.setText(e.target.value)}
          onSearch={(value) => list.searchNow(value)}
          style={{ width: 400 }}
        />
        <Select<EnterpriseStatus>
          allowClear
          aria-label={t('ent.statusFilter')}
          placeholder={t('ent.allStatuses')}
          value={list.status}
          onChange={(value) => list.setStatus(value)}
          options={ENTERPRISE_STATUSES.map((s) => ({ value: s, label: statusLabel(s, locale) }))}
          style={{ width: 150 }}
        />
        <RecordFactFilter value={list.facts} onChange={list.setFacts} />
        <span className="grow" />
        <Typography.Text type="secondary" data-testid="enterprise-total" aria-live="polite">
          {data ? (data.totalCapped ? t('ent.totalCapped', { count: data.total }) : t('ent.total', { count: data.total })) : ''}
        </Typography.Text>
        {mayCall(user.role, 'enterprises:create') && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('ent.create')}
          </Button>
        )}
      </div>
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 12 }} />}
      <Table
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        rowClassName={() => 'clickable-row'}
        onRow={(record) => ({
          tabIndex: 0,
          onClick: () => open(record.id),
          onKeyDown: (event) => {
            if (event.key === 'Enter') open(record.id);
          },
        })}
        // Before the first answer there is nothing to call empty yet.
        locale={{ emptyText: !data ? ' ' : filtered ? t('ent.noMatch') : t('ent.empty') }}
        onChange={(_, __, sorter, extra) => {
          if (extra.action !== 'sort') return;
          const one = Array.isArray(sorter) ? sorter[0] : sorter;
          const field = SORTABLE.find((f) => f === one?.columnKey);
          if (field && one?.order) list.setSort(field, one.order === 'ascend' ? 'asc' : 'desc');
          else list.setSort('id', 'asc');
        }}
        pagination={{
          current: list.page,
          pageSize: list.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (count, [from, to]) => t(data?.totalCapped ? 'ent.rangeCapped' : 'ent.range', { from, to, count }),
          onChange: list.setPage,
        }}
      />
      <EnterpriseFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(saved) => {
          setCreating(false);
          message.success(t('form.created', { name: saved.name }));
          open(saved.id);
        }}
      />
    </section>
  );
}
