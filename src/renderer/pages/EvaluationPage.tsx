import { useMemo, useState } from 'react';
import { Alert, Button, Table, Typography } from 'antd';
import { errorText } from '../api/api-error';
import { useAuth } from '../auth/use-auth';
import { ExplanationView } from '../components/evaluation/ExplanationView';
import { runColumns } from '../components/evaluation/run-columns';
import { RunView } from '../components/evaluation/RunView';
import { StartRunModal } from '../components/evaluation/StartRunModal';
import { useQuery } from '../hooks/use-query';
import { useI18n } from '../i18n/use-i18n';
import { mayCall } from '../lib/access';
import { navigate } from '../lib/route';

/** The runs, newest first; a click opens the run's report. */
function RunList() {
  const { t, locale } = useI18n();
  const { user } = useAuth();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [starting, setStarting] = useState(false);
  const { data, error, loading, reload } = useQuery('evaluation:runs', paging);
  const columns = useMemo(() => runColumns(t), [t]);
  return (
    <section aria-labelledby="evaluation-title">
      <div className="page-toolbar">
        <Typography.Title level={4} id="evaluation-title" style={{ margin: 0 }}>
          {t('nav.evaluation')}
        </Typography.Title>
        <span className="grow" />
        {mayCall(user.role, 'evaluation:run') && (
          <Button type="primary" onClick={() => setStarting(true)}>
            {t('eval.start')}
          </Button>
        )}
      </div>
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 12 }} />}
      <Table
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        locale={{ emptyText: t('eval.noRuns') }}
        rowClassName={() => 'clickable-row'}
        onRow={(run) => ({ onClick: () => navigate({ page: 'evaluation', runId: run.id }) })}
        data-testid="run-table"
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: data?.total ?? 0,
          hideOnSinglePage: true,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
      />
      <StartRunModal
        open={starting}
        onClose={() => {
          setStarting(false);
          reload();
        }}
        onDone={(run) => {
          setStarting(false);
          navigate({ page: 'evaluation', runId: run.id });
        }}
      />
    </section>
  );
}

/** 信用评价: the runs, one run's report, or one enterprise's explanation in a run. */
export function EvaluationPage({ runId, enterpriseId, tab }: { runId?: number; enterpriseId?: number; tab?: string }) {
  if (runId && enterpriseId) return <ExplanationView key={`${runId}/${enterpriseId}`} runId={runId} enterpriseId={enterpriseId} />;
  if (runId) return <RunView key={runId} runId={runId} tab={tab} />;
  return <RunList />;
}
