import { Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { AnnouncementPreview } from '../../hooks/use-announcement-wizard';
import { OUTCOME_LABELS } from '../../../core/records/kinds';
import type { RecordOutcome } from '../../../core/records/record';
import { useI18n } from '../../i18n/use-i18n';
import { outcomeLabel } from '../../lib/record-labels';

type Row = AnnouncementPreview['rows'][number];

const STATUS_COLORS: Record<Row['status'], string> = { import: 'green', review: 'orange', update: 'blue', unchanged: 'default', rejected: 'red' };

/**
 * Every data row with what will happen to it and each cell that could not be read: its row,
 * its column as the file heads it, and the original text, which is kept.
 */
export function AnnouncementRows({ preview }: { preview: AnnouncementPreview }) {
  const { t, locale } = useI18n();
  const shown = preview.fields.filter((f) => f.column !== null);
  const columns: TableColumnsType<Row> = [
    { key: 'row', title: t('ann.row'), dataIndex: 'row', width: 64, fixed: 'left' },
    {
      key: 'status', title: t('ann.status'), width: 110, fixed: 'left',
      render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{t(`ann.status.${r.status}`)}</Tag>,
    },
    ...shown.map((f) => ({
      key: f.field,
      title: f.header ?? f.label,
      width: f.field === 'firmName' ? 220 : 140,
      ellipsis: true,
      render: (_: unknown, r: Row) => {
        const v = r.values[f.field];
        if (!v) return '';
        // The result is read into its code (pass, fail…): shown as the officer says it.
        const text = f.field === 'result' && v.text in OUTCOME_LABELS ? outcomeLabel(v.text as RecordOutcome, locale) : v.text;
        // A cell read differently from how it was written shows both.
        return text === v.original || v.original === '' ? text : <span title={v.original}>{text}</span>;
      },
    })),
  ];
  const withProblems = preview.rows.filter((r) => r.problems.length > 0 || r.followUp !== null).map((r) => r.row);

  return (
    <Table<Row>
      rowKey="row"
      size="small"
      data-testid="announce-rows"
      columns={columns}
      dataSource={preview.rows}
      scroll={{ x: 'max-content', y: 460 }}
      pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
      rowClassName={(r) => (r.status === 'rejected' ? 'row-invalid' : '')}
      expandable={{
        expandedRowKeys: withProblems,
        showExpandColumn: false,
        expandedRowRender: (r) => (
          <ul className="import-errors" data-testid={`announce-problems-${r.row}`}>
            {r.followUp && <li>{t('ann.followUp', { id: r.followUp.recordId, from: r.followUp.from, to: r.followUp.to })}</li>}
            {r.problems.map((p, i) => (
              <li key={i}>
                {p.column === ''
                  ? t('ann.problemRow', { row: p.row, message: p.message })
                  : t('ann.problem', { row: p.row, column: p.column, original: p.original || t('ann.blank'), message: p.message })}
                {!p.blocking && <Tag style={{ marginInlineStart: 6 }}>{t('ann.keptAsWritten')}</Tag>}
              </li>
            ))}
          </ul>
        ),
      }}
    />
  );
}
