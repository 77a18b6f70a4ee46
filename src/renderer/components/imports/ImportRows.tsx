import { Checkbox, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Preview } from '../../hooks/use-import-wizard';
import { useI18n } from '../../i18n/use-i18n';

type Item = Preview['items'][number];
type Props = { preview: Preview; rejected: ReadonlySet<number>; onToggle: (row: number, accept: boolean) => void };

/**
 * The first rows of the file with their problems: each valid row can be left out; an invalid
 * row is always left out (its box is disabled), with every reason listed under it.
 */
export function ImportRows({ preview, rejected, onToggle }: Props) {
  const { t } = useI18n();
  const mapped = preview.columns.filter((c) => c.source !== null);
  const columns: TableColumnsType<Item> = [
    {
      key: 'accept',
      title: t('import.accept'),
      width: 70,
      fixed: 'left',
      render: (_, item) => (
        <Checkbox
          aria-label={t('import.acceptRow', { row: item.row })}
          checked={item.valid && !rejected.has(item.row)}
          disabled={!item.valid}
          onChange={(e) => onToggle(item.row, e.target.checked)}
        />
      ),
    },
    { key: 'row', title: t('import.row'), dataIndex: 'row', width: 70, fixed: 'left' },
    {
      key: 'valid',
      title: t('import.check'),
      width: 90,
      render: (_, item) => (item.valid ? <Tag color="green">{t('import.valid')}</Tag> : <Tag color="red">{t('import.invalid')}</Tag>),
    },
    ...mapped.map((c) => ({
      key: c.key,
      title: c.header,
      width: 160,
      ellipsis: true,
      render: (_: unknown, item: Item) => item.values[c.key] ?? '',
    })),
  ];

  return (
    <Table
      rowKey="row"
      size="small"
      data-testid="import-rows"
      columns={columns}
      dataSource={preview.items}
      scroll={{ x: 'max-content', y: 420 }}
      pagination={false}
      rowClassName={(item) => (item.valid ? (rejected.has(item.row) ? 'row-rejected' : '') : 'row-invalid')}
      expandable={{
        expandedRowKeys: preview.items.filter((i) => i.errors.length > 0).map((i) => i.row),
        showExpandColumn: false,
        expandedRowRender: (item) => (
          <ul className="import-errors">
            {item.errors.map((e, i) => (
              <li key={i}>
                {t('import.errorLine', { row: e.row, column: e.column, original: e.original || t('import.blank') })} <strong>{e.message}</strong>
              </li>
            ))}
          </ul>
        ),
      }}
    />
  );
}
