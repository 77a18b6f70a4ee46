import { Alert, Button, Skeleton, Space, Tabs, Typography } from 'antd';
import { errorText } from '../../api/api-error';
import { useAuth } from '../../auth/use-auth';
import { useQuery } from '../../hooks/use-query';
import { useI18n } from '../../i18n/use-i18n';
import { mayCall } from '../../lib/access';
import { formatDateTime } from '../../lib/format';
import { navigate, replaceRoute } from '../../lib/route';
import { DecisionButtons } from './DecisionButtons';
import { ResultsTable } from './ResultsTable';
import { RunReportView } from './RunReportView';
import { RunStatusTag } from './RunStatusTag';
import { WhatIfPanel } from './WhatIfPanel';

/** One run: who proposed and decided it, its report, its results and the what-if panel. */
export function RunView({ runId, tab }: { runId: number; tab?: string }) {
  const { t, locale } = useI18n();
  const { user } = useAuth();
  const { data: report, error, reload } = useQuery('evaluation:report', { runId });
  const back = <Button onClick={() => navigate({ page: 'evaluation' })}>{t('eval.backToRuns')}</Button>;
  if (error !== null && !report) return <Alert type="error" showIcon role="alert" title={errorText(error, locale)} action={back} />;
  if (!report) return <Skeleton active paragraph={{ rows: 8 }} />;
  const { run } = report;

  return (
    <section aria-labelledby="run-title">
      <div className="page-toolbar">
        {back}
        <Typography.Title level={4} id="run-title" style={{ margin: 0 }}>
          {t('eval.runTitle', { id: run.id, asOf: run.asOf })}
        </Typography.Title>
        <RunStatusTag status={run.status} />
        <span className="grow" />
        <Space>
          <Button onClick={() => navigate({ page: 'annual-report', runId: run.id })}>{t('report.open')}</Button>
          {run.status === 'proposed' && mayCall(user.role, 'evaluation:decide') && <DecisionButtons run={run} onDecided={reload} />}
        </Space>
      </div>
      <Typography.Paragraph type="secondary" data-testid="run-meta">
        {t('eval.runMeta', {
          model: `${run.modelId} v${run.modelVersion}`,
          count: run.enterprises,
          ms: run.durationMs,
          by: run.proposedBy,
          at: formatDateTime(run.proposedAt),
        })}
        {run.decidedBy && ` ${t('eval.decidedMeta', { by: run.decidedBy, at: formatDateTime(run.decidedAt ?? '') })}`}
        {run.decisionNote && ` ${t('eval.noteMeta', { note: run.decisionNote })}`}
      </Typography.Paragraph>
      {run.status === 'proposed' && <Alert type="info" showIcon title={t('eval.pendingHint')} style={{ marginBottom: 12 }} />}
      <Tabs
        destroyOnHidden
        // The open tab is in the address, so the back button from an explanation returns to it.
        activeKey={tab === 'results' || tab === 'what-if' ? tab : 'report'}
        onChange={(key) => replaceRoute({ page: 'evaluation', runId, tab: key })}
        items={[
          { key: 'report', label: t('eval.tab.report'), children: <RunReportView report={report} /> },
          { key: 'results', label: t('eval.tab.results'), children: <ResultsTable run={run} /> },
          { key: 'what-if', label: t('eval.tab.whatIf'), children: <WhatIfPanel run={run} /> },
        ]}
      />
    </section>
  );
}
