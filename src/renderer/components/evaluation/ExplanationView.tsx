import { useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Row, Skeleton, Typography } from 'antd';
import type { Explanation } from '../../../contract/evaluation';
import { errorText } from '../../api/api-error';
import { PointsWaterfall } from '../../charts/PointsWaterfall';
import { useEvaluationModel } from '../../hooks/use-evaluation-model';
import { useQuery } from '../../hooks/use-query';
import type { Translate } from '../../i18n/translate';
import { useI18n } from '../../i18n/use-i18n';
import { hrefOf, navigate } from '../../lib/route';
import { AdjustmentPanel } from './AdjustmentPanel';
import { GradeTag } from './GradeTag';
import { IndicatorTable } from './IndicatorTable';
import { RecordDrawer } from './RecordDrawer';
import { RuleHits } from './RuleHits';

/** Score, the grade the score alone gives, the grade after the rules, and a hand grade if approved. */
function gradeItems(e: Explanation, t: Translate) {
  const adjusted = e.adjustments.find((a) => a.status === 'approved');
  return [
    { key: 'score', label: t('eval.score'), children: <strong data-testid="explain-score">{e.score}</strong> },
    { key: 'raw', label: t('eval.rawGrade'), children: <GradeTag grade={e.rawGrade} /> },
    { key: 'grade', label: t('eval.evaluatedGrade'), children: <GradeTag grade={e.grade} /> },
    ...(adjusted ? [{ key: 'adjusted', label: t('eval.adjustedGrade'), children: <GradeTag grade={adjusted.toGrade} /> }] : []),
    { key: 'asOf', label: t('eval.asOf'), children: e.asOf },
    { key: 'validTo', label: t('eval.validTo'), children: e.validTo },
    { key: 'model', label: t('eval.model'), children: `${e.modelId} v${e.modelVersion}` },
  ];
}

/** 评价说明: how one enterprise got its grade in a run, down to the records behind each point. */
export function ExplanationView({ runId, enterpriseId }: { runId: number; enterpriseId: number }) {
  const { t, locale } = useI18n();
  const { data, error, reload } = useQuery('evaluation:explain', { runId, enterpriseId });
  const run = useQuery('evaluation:report', { runId });
  const { outline } = useEvaluationModel(run.data?.run.modelRowId);
  const [record, setRecord] = useState<number | null>(null);
  const back = <Button onClick={() => navigate({ page: 'evaluation', runId })}>{t('eval.backToRun', { id: runId })}</Button>;
  if (error !== null && !data) return <Alert type="error" showIcon role="alert" title={errorText(error, locale)} action={back} />;
  if (!data) return <Skeleton active paragraph={{ rows: 10 }} />;

  return (
    <section aria-labelledby="explain-title">
      <div className="page-toolbar">
        {back}
        <Typography.Title level={4} id="explain-title" style={{ margin: 0 }}>
          {t('eval.explainTitle', { name: data.name })}
        </Typography.Title>
        <Typography.Text type="secondary">{data.uscc}</Typography.Text>
        <span className="grow" />
        <a href={hrefOf({ page: 'enterprise', id: enterpriseId })}>{t('eval.openDossier')}</a>
      </div>
      <Descriptions bordered size="small" column={4} items={gradeItems(data, t)} data-testid="explain-grades" />
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('eval.waterfall')}>
            <PointsWaterfall
              explanation={data}
              labels={{ label: t('eval.waterfall'), earned: t('eval.earned'), missed: t('eval.missed'), total: t('eval.total') }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <RuleHits explanation={data} onRecord={setRecord} />
          <div style={{ height: 16 }} />
          <AdjustmentPanel runId={runId} explanation={data} grades={outline?.grades.map((g) => g.grade) ?? []} onChanged={reload} />
        </Col>
        <Col span={24}>
          <Card size="small" title={t('eval.indicators')}>
            <IndicatorTable explanation={data} ruleLabels={outline?.ruleLabels} onRecord={setRecord} />
          </Card>
        </Col>
      </Row>
      <RecordDrawer recordId={record} enterpriseId={enterpriseId} asOf={data.asOf} onClose={() => setRecord(null)} />
    </section>
  );
}
