import { Table } from 'antd';
import { useI18n } from '../../i18n/use-i18n';
import type { GradeCount } from '../../lib/grades';
import { GradeTag } from './GradeTag';

/** Counts and shares per grade, for the printed report where a chart alone is not enough. */
export function GradeCountTable({ counts }: { counts: readonly GradeCount[] }) {
  const { t } = useI18n();
  const total = counts.reduce((s, c) => s + c.count, 0);
  return (
    <Table<GradeCount>
      rowKey="grade"
      size="small"
      pagination={false}
      dataSource={[...counts]}
      columns={[
        { key: 'grade', title: t('report.grade'), render: (_, c) => <GradeTag grade={c.grade} /> },
        { key: 'count', title: t('eval.enterprises'), dataIndex: 'count', align: 'right' },
        { key: 'share', title: t('report.share'), align: 'right', render: (_, c) => (total === 0 ? '—' : `${((c.count * 100) / total).toFixed(1)}%`) },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>{t('report.total')}</Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">{total}</Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">100%</Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
