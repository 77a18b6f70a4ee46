import { Card, Table, Tabs, Tag, Typography } from 'antd';
import type { RunReport } from '../../../contract/evaluation';
import { CompareGradeChart } from '../../charts/CompareGradeChart';
import { useEvaluationModel } from '../../hooks/use-evaluation-model';
import { useQuery } from '../../hooks/use-query';
import { useI18n } from '../../i18n/use-i18n';
import { hrefOf } from '../../lib/route';
import { MovesTable } from './MovesTable';

type Veto = RunReport['newVetoes'][number];

/** The movements since the previous approved run: counts, then the three tables. */
export function MovementCard({ report }: { report: RunReport }) {
  const { t } = useI18n();
  const previous = useQuery('evaluation:report', report.previousRunId ? { runId: report.previousRunId } : null);
  const { outline } = useEvaluationModel(report.run.modelRowId);
  const runId = report.run.id;
  if (report.previousRunId === null) {
    return (
      <Card size="small" title={t('eval.movements')} data-testid="movements">
        <Typography.Text type="secondary">{t('eval.noPrevious')}</Typography.Text>
      </Card>
    );
  }
  const title = t('eval.movementsSince', { id: report.previousRunId, up: report.upgradeCount, down: report.downgradeCount, veto: report.newVetoes.length });
  return (
    <Card size="small" title={title} data-testid="movements">
      {previous.data && (
        <CompareGradeChart
          before={previous.data.run.counts}
          after={report.run.counts}
          beforeLabel={t('eval.runLabel', { id: report.previousRunId })}
          afterLabel={t('eval.runLabel', { id: runId })}
          label={t('eval.movements')}
        />
      )}
      <Tabs
        items={[
          { key: 'up', label: t('eval.upgrades', { n: report.upgradeCount }), children: <MovesTable runId={runId} moves={report.upgrades} total={report.upgradeCount} testId="upgrades" /> },
          { key: 'down', label: t('eval.downgrades', { n: report.downgradeCount }), children: <MovesTable runId={runId} moves={report.downgrades} total={report.downgradeCount} testId="downgrades" /> },
          {
            key: 'veto',
            label: t('eval.newVetoes', { n: report.newVetoes.length }),
            children: (
              <Table<Veto>
                rowKey="enterpriseId"
                size="small"
                data-testid="new-vetoes"
                dataSource={report.newVetoes}
                pagination={report.newVetoes.length > 10 ? { pageSize: 10 } : false}
                locale={{ emptyText: t('eval.noMoves') }}
                columns={[
                  { key: 'name', title: t('field.name'), render: (_, v) => <a href={hrefOf({ page: 'evaluation', runId, enterpriseId: v.enterpriseId })}>{v.name}</a> },
                  { key: 'uscc', title: t('field.uscc'), dataIndex: 'uscc', width: 190 },
                  { key: 'rules', title: t('eval.vetoRules'), render: (_, v) => v.rules.map((r) => <Tag key={r} color="red">{outline?.ruleLabels.get(r) ?? r}</Tag>) },
                ]}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
