import { Alert, Button, Empty, Skeleton, Space, Typography } from 'antd';
import { errorText } from '../api/api-error';
import { GradeBarChart } from '../charts/GradeBarChart';
import { ScoreHistogram } from '../charts/ScoreHistogram';
import { StackedGradeChart } from '../charts/StackedGradeChart';
import { GradeCountTable } from '../components/evaluation/GradeCountTable';
import { MovesTable } from '../components/evaluation/MovesTable';
import { useQuery } from '../hooks/use-query';
import { useI18n } from '../i18n/use-i18n';
import { formatDateTime } from '../lib/format';
import { gradeOrder } from '../lib/grades';
import { navigate } from '../lib/route';
import './annual-report.css';

/**
 * 年度分析报告 of one run (the latest approved one by default), laid out to print: the browser's
 * print dialog saves it as PDF. A PDF made by the backend may replace this later.
 */
export function AnnualReportPage({ runId }: { runId?: number }) {
  const { t, locale } = useI18n();
  const runs = useQuery('evaluation:runs', runId ? null : { page: 1, pageSize: 50 });
  const chosen = runId ?? runs.data?.items.find((r) => r.status === 'approved')?.id;
  const { data: report, error } = useQuery('evaluation:report', chosen ? { runId: chosen } : null);
  const toolbar = (
    <Space className="no-print" style={{ marginBottom: 16 }}>
      <Button onClick={() => navigate(chosen ? { page: 'evaluation', runId: chosen } : { page: 'evaluation' })}>{t('report.back')}</Button>
      <Button type="primary" disabled={!report} onClick={() => window.print()}>{t('report.print')}</Button>
    </Space>
  );
  if (runs.data && chosen === undefined) return <>{toolbar}<Empty description={t('home.noApproved')} /></>;
  if (error !== null) return <>{toolbar}<Alert type="error" showIcon role="alert" title={errorText(error, locale)} /></>;
  if (!report) return <Skeleton active paragraph={{ rows: 10 }} />;
  const { run } = report;
  const grades = gradeOrder([run.counts]);

  return (
    <>
      {toolbar}
      {run.status !== 'approved' && <Alert className="no-print" type="warning" showIcon title={t('report.notApproved')} style={{ marginBottom: 12 }} />}
      <article className="annual-report" aria-labelledby="report-title" data-testid="annual-report">
        <Typography.Title level={2} id="report-title">{t('report.title', { year: run.asOf.slice(0, 4) })}</Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('report.meta', { id: run.id, asOf: run.asOf, model: `${run.modelId} v${run.modelVersion}`, count: run.enterprises })}
          {run.decidedBy && ` ${t('eval.decidedMeta', { by: run.decidedBy, at: formatDateTime(run.decidedAt ?? '') })}`}
        </Typography.Paragraph>
        <section>
          <Typography.Title level={4}>{t('report.s1')}</Typography.Title>
          <GradeBarChart counts={run.counts} label={t('eval.distribution')} />
          <GradeCountTable counts={run.counts} />
        </section>
        <section>
          <Typography.Title level={4}>{t('report.s2')}</Typography.Title>
          <ScoreHistogram bins={report.histogram} label={t('eval.histogram')} countLabel={t('eval.enterprises')} />
        </section>
        <section>
          <Typography.Title level={4}>{t('report.s3')}</Typography.Title>
          <Typography.Paragraph>
            {report.previousRunId === null
              ? t('eval.noPrevious')
              : t('eval.movementsSince', { id: report.previousRunId, up: report.upgradeCount, down: report.downgradeCount, veto: report.newVetoes.length })}
          </Typography.Paragraph>
          {report.upgrades.length > 0 && <><Typography.Title level={5}>{t('eval.upgrades', { n: report.upgradeCount })}</Typography.Title><MovesTable runId={run.id} moves={report.upgrades.slice(0, 10)} total={report.upgradeCount} testId="report-upgrades" /></>}
          {report.downgrades.length > 0 && <><Typography.Title level={5}>{t('eval.downgrades', { n: report.downgradeCount })}</Typography.Title><MovesTable runId={run.id} moves={report.downgrades.slice(0, 10)} total={report.downgradeCount} testId="report-downgrades" /></>}
        </section>
        <section>
          <Typography.Title level={4}>{t('report.s4')}</Typography.Title>
          <StackedGradeChart groups={report.byRegion} grades={grades} label={t('eval.byRegion')} testId="report-by-region" />
        </section>
        <section>
          <Typography.Title level={4}>{t('report.s5')}</Typography.Title>
          <StackedGradeChart groups={report.byIndustry} grades={grades} label={t('eval.byIndustry')} testId="report-by-industry" />
        </section>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>{t('report.footnote')}</Typography.Paragraph>
      </article>
    </>
  );
}
