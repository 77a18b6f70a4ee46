import { Table } from 'antd';
import type { RunReport } from '../../../contract/evaluation';
import { useI18n } from '../../i18n/use-i18n';
import { hrefOf } from '../../lib/route';
import { GradeTag } from './GradeTag';

type Move = RunReport['upgrades'][number];
type Props = { runId: number; moves: readonly Move[]; total: number; testId: string };

/** Enterprises whose grade moved, each linked to its explanation in this run. */
export function MovesTable({ runId, moves, total, testId }: Props) {
  const { t } = useI18n();
  return (
    <Table<Move>
      rowKey="enterpriseId"
      size="small"
      data-testid={testId}
      dataSource={[...moves]}
      pagination={moves.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      locale={{ emptyText: t('eval.noMoves') }}
      footer={total > moves.length ? () => t('eval.movesShown', { shown: moves.length, total }) : undefined}
      columns={[
        {
          key: 'name',
          title: t('field.name'),
          render: (_, m) => <a href={hrefOf({ page: 'evaluation', runId, enterpriseId: m.enterpriseId })}>{m.name}</a>,
        },
        { key: 'uscc', title: t('field.uscc'), dataIndex: 'uscc', width: 190 },
        {
          key: 'from',
          title: t('eval.from'),
          width: 130,
          render: (_, m) => (
            <>
              <GradeTag grade={m.from} /> {m.scoreFrom}
            </>
          ),
        },
        {
          key: 'to',
          title: t('eval.to'),
          width: 130,
          render: (_, m) => (
            <>
              <GradeTag grade={m.to} /> {m.scoreTo}
            </>
          ),
        },
      ]}
    />
  );
}
