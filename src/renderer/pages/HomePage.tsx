import { Alert, Button, Card, Col, Empty, Row, Skeleton, Statistic, Typography } from 'antd';
import { errorText } from '../api/api-error';
import { GradeBarChart } from '../charts/GradeBarChart';
import { KindCountsCard } from '../components/evaluation/KindCountsCard';
import { MovementCard } from '../components/evaluation/MovementCard';
import { TodoSummary } from '../components/TodoSummary';
import { useQuery } from '../hooks/use-query';
import { useI18n } from '../i18n/use-i18n';
import { navigate } from '../lib/route';

/**
 * 总览, for every role: the latest approved run's grades and movements, and the size of the
 * workspace. Only approved runs are shown as "the" grades — a proposed run is not yet official.
 */
export function HomePage() {
  const { t, locale } = useI18n();
  const stats = useQuery('stats:counts', {});
  const runs = useQuery('evaluation:runs', { page: 1, pageSize: 50 });
  const approved = runs.data?.items.find((r) => r.status === 'approved');
  const pending = runs.data?.items.filter((r) => r.status === 'proposed').length ?? 0;
  const report = useQuery('evaluation:report', approved ? { runId: approved.id } : null);
  const error = stats.error ?? runs.error ?? report.error;

  return (
    <section aria-labelledby="home-title">
      <Typography.Title level={4} id="home-title" style={{ marginTop: 0 }}>
        {t('nav.home')}
      </Typography.Title>
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 12 }} />}
      <TodoSummary />
      <Row gutter={[16, 16]}>
        <Col xs={12} xl={6}>
          <Card size="small"><Statistic title={t('home.enterprises')} value={stats.data?.['enterprises'] ?? '—'} /></Card>
        </Col>
        <Col xs={12} xl={6}>
          <Card size="small"><Statistic title={t('home.evaluated')} value={approved?.enterprises ?? '—'} /></Card>
        </Col>
        <Col xs={12} xl={6}>
          <Card size="small"><Statistic title={t('home.latestRun')} value={approved ? t('eval.runLabel', { id: approved.id }) : '—'} suffix={approved ? approved.asOf : undefined} /></Card>
        </Col>
        <Col xs={12} xl={6}>
          <Card size="small" className={pending > 0 ? 'clickable-row' : undefined} onClick={pending > 0 ? () => navigate({ page: 'evaluation' }) : undefined}>
            <Statistic title={t('home.pending')} value={runs.data ? pending : '—'} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={approved ? t('home.distribution', { id: approved.id, asOf: approved.asOf }) : t('eval.distribution')} data-testid="home-distribution">
            {runs.data && !approved ? (
              <Empty description={t('home.noApproved')}>
                <Button type="primary" onClick={() => navigate({ page: 'evaluation' })}>{t('home.goEvaluate')}</Button>
              </Empty>
            ) : report.data ? (
              <GradeBarChart counts={report.data.run.counts} label={t('eval.distribution')} height={260} />
            ) : (
              <Skeleton active />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <KindCountsCard />
        </Col>
        {report.data && (
          <Col span={24}>
            <MovementCard report={report.data} />
          </Col>
        )}
      </Row>
    </section>
  );
}
