import { Card, Col, Row } from 'antd';
import type { RunReport } from '../../../contract/evaluation';
import { GradeBarChart } from '../../charts/GradeBarChart';
import { ScoreHistogram } from '../../charts/ScoreHistogram';
import { StackedGradeChart } from '../../charts/StackedGradeChart';
import { useI18n } from '../../i18n/use-i18n';
import { gradeOrder } from '../../lib/grades';
import { MovementCard } from './MovementCard';

/** 评价概况: distribution, histogram, movements, and grades by region and by industry. */
export function RunReportView({ report }: { report: RunReport }) {
  const { t } = useI18n();
  const grades = gradeOrder([report.run.counts]);
  return (
    <div className="report-grid">
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('eval.distribution')}>
            <GradeBarChart counts={report.run.counts} label={t('eval.distribution')} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('eval.histogram')}>
            <ScoreHistogram bins={report.histogram} label={t('eval.histogram')} countLabel={t('eval.enterprises')} />
          </Card>
        </Col>
        <Col span={24}>
          <MovementCard report={report} />
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('eval.byRegion')}>
            <StackedGradeChart groups={report.byRegion} grades={grades} label={t('eval.byRegion')} testId="by-region" />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('eval.byIndustry')}>
            <StackedGradeChart groups={report.byIndustry} grades={grades} label={t('eval.byIndustry')} testId="by-industry" />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
