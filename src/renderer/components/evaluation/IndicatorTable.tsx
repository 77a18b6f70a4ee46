import { Button, Space, Table, Typography } from 'antd';
import type { Explanation } from '../../../contract/evaluation';
import { useI18n } from '../../i18n/use-i18n';

type Indicator = Explanation['indicators'][number];
const dimensionOf = (i: Indicator) => i.path.split('/')[0] ?? '';
type Props = { explanation: Explanation; ruleLabels: ReadonlyMap<string, string> | undefined; onRecord: (id: number) => void };

/** A record link; `data-record` lets a test (and a person reading the DOM) tell which record it opens. */
function RecordLink({ id, onRecord }: { id: number; onRecord: (id: number) => void }) {
  const { t } = useI18n();
  return (
    <Button type="link" size="small" style={{ padding: 0 }} data-record={id} onClick={() => onRecord(id)}>
      {t('eval.recordLink', { id })}
    </Button>
  );
}

/**
 * Every indicator with its points, the rule items behind them and the records each item read:
 * a deduction names its record, so an officer can show the enterprise exactly why.
 */
export function IndicatorTable({ explanation, ruleLabels, onRecord }: Props) {
  const { t } = useI18n();
  const dimension = new Map(explanation.dimensions.map((d) => [d.id, d.label]));
  return (
    <Table<Indicator>
      rowKey="path"
      size="small"
      pagination={false}
      data-testid="indicator-table"
      dataSource={explanation.indicators}
      columns={[
        {
          key: 'dim',
          title: t('eval.dimension'),
          width: 180,
          render: (_, i) => dimension.get(dimensionOf(i)) ?? '',
          // One cell per dimension, spanning its indicators (they arrive grouped by dimension).
          onCell: (i, index = 0) => {
            const previous = explanation.indicators[index - 1];
            if (previous && dimensionOf(previous) === dimensionOf(i)) return { rowSpan: 0 };
            const rest = explanation.indicators.slice(index);
            const end = rest.findIndex((x) => dimensionOf(x) !== dimensionOf(i));
            return { rowSpan: end === -1 ? rest.length : end };
          },
        },
        { key: 'label', title: t('eval.indicator'), dataIndex: 'label', width: 180 },
        { key: 'points', title: t('eval.points'), width: 110, align: 'right', render: (_, i) => `${i.points} / ${i.maxPoints}` },
        {
          key: 'items',
          title: t('eval.basis'),
          render: (_, i) => {
            if (i.items.length === 0 && i.recordIds.length === 0 && i.notes.length === 0) return '—';
            const itemRecords = new Set(i.items.map((it) => it.recordId));
            const others = i.recordIds.filter((id) => !itemRecords.has(id));
            return (
              <Space orientation="vertical" size={0}>
                {i.items.map((it, n) => (
                  <span key={`${it.ruleId}-${it.recordId ?? 'none'}-${n}`} data-item={Number(it.points) < 0 ? 'deduction' : 'points'}>
                    {ruleLabels?.get(it.ruleId) ?? it.ruleId}
                    {t('common.colon')}
                    <Typography.Text type={Number(it.points) < 0 ? 'danger' : undefined}>{Number(it.points) > 0 ? `+${it.points}` : it.points}</Typography.Text>
                    {it.recordId !== null && <> · <RecordLink id={it.recordId} onRecord={onRecord} /></>}
                  </span>
                ))}
                {others.length > 0 && (
                  <span>
                    {t('eval.basedOn')}
                    {others.map((id) => (
                      <RecordLink key={id} id={id} onRecord={onRecord} />
                    ))}
                  </span>
                )}
                {i.notes.map((note) => (
                  <Typography.Text key={note} type="secondary" style={{ fontSize: 12 }}>
                    {note}
                  </Typography.Text>
                ))}
              </Space>
            );
          },
        },
      ]}
    />
  );
}
