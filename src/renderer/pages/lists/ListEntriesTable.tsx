import { useMemo } from 'react';
import { Button, Empty, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ListEntry, OutputOf } from '../../../contract';
import { useI18n } from '../../i18n/use-i18n';
import { listStateColor, listStateLabel, listTypeLabel } from '../../lib/list-labels';

type Props = {
  page: OutputOf<'lists:list'> | undefined;
  loading: boolean;
  emptyText: string;
  onOpen: (id: number) => void;
  onPage: (page: number) => void;
};

/** The entries, newest first; the subject opens the entry's detail. */
export function ListEntriesTable({ page, loading, emptyText, onOpen, onPage }: Props) {
  const { t, locale } = useI18n();
  const columns = useMemo<TableColumnsType<ListEntry>>(() => [
    {
      key: 'subject', title: t('lists.col.subject'),
      render: (_, e) => (
        <Button type="link" size="small" style={{ paddingInline: 0, textAlign: 'left', whiteSpace: 'normal', height: 'auto' }} onClick={() => onOpen(e.id)}>
          {e.subjectName}
        </Button>
      ),
    },
    { key: 'uscc', title: t('lists.field.uscc'), dataIndex: 'subjectUscc', width: 180, render: (v: string | null) => <span className="mono small">{v ?? '—'}</span> },
    { key: 'listType', title: t('lists.col.listType'), dataIndex: 'listType', width: 170, render: (v: string) => listTypeLabel(v, locale) },
    { key: 'state', title: t('lists.col.state'), dataIndex: 'state', width: 170, render: (v: string) => <Tag color={listStateColor(v)}>{listStateLabel(v, locale)}</Tag> },
    { key: 'listedOn', title: t('lists.col.listedOn'), dataIndex: 'listedOn', width: 110, render: (v: string | null) => v ?? '—' },
    { key: 'plannedEnd', title: t('lists.col.plannedEnd'), dataIndex: 'plannedEnd', width: 110, render: (v: string | null) => v ?? '—' },
    { key: 'updatedAt', title: t('lists.col.updatedAt'), dataIndex: 'updatedAt', width: 110, render: (v: string) => v.slice(0, 10) },
    { key: 'source', title: t('lists.col.source'), dataIndex: 'source', width: 90, render: (v: string) => t(v === 'local' ? 'lists.source.local' : 'lists.source.external') },
  ], [t, locale, onOpen]);
  return (
    <Table<ListEntry> rowKey="id" size="middle" columns={columns} dataSource={page?.items ?? []} loading={loading} data-testid="lists-table"
      locale={{ emptyText: !page ? ' ' : <Empty description={emptyText} /> }}
      pagination={page && page.total > page.pageSize ? { current: page.page, pageSize: page.pageSize, total: page.total, showSizeChanger: false, onChange: onPage } : false} />
  );
}
