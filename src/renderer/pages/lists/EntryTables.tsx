import { Table } from 'antd';
import type { OutputOf } from '../../../contract';
import { useI18n } from '../../i18n/use-i18n';
import { deadlineLabel, deadlineStatusLabel, listEventLabel } from '../../lib/list-labels';

type Detail = OutputOf<'lists:get'>;

/** The periods running or done: the party's objection window, publication, early removal, expiry. */
export function EntryDeadlines({ rows }: { rows: Detail['deadlines'] }) {
  const { t, locale } = useI18n();
  return (
    <Table rowKey="id" size="small" pagination={false} dataSource={rows} data-testid="list-entry-deadlines" columns={[
      { key: 'id', title: t('lists.col.deadline'), dataIndex: 'id', render: (v: string) => deadlineLabel(v, locale) },
      { key: 'from', title: t('lists.col.from'), dataIndex: 'from', width: 110 },
      { key: 'due', title: t('lists.col.due'), dataIndex: 'due', width: 110 },
      { key: 'status', title: t('lists.col.state'), dataIndex: 'status', width: 130, render: (v: string) => deadlineStatusLabel(v, t) },
    ]} />
  );
}

/** Every recorded step, oldest first, with who took it and in which role. */
export function EntryHistory({ rows, listType }: { rows: Detail['events']; listType: string }) {
  const { t, locale } = useI18n();
  return (
    <Table rowKey="id" size="small" pagination={false} dataSource={rows} data-testid="list-entry-history" columns={[
      { key: 'on', title: t('lists.col.on'), dataIndex: 'onDate', width: 110 },
      { key: 'event', title: t('lists.col.event'), dataIndex: 'event', render: (v: string) => listEventLabel(v, locale, listType) },
      { key: 'by', title: t('lists.col.by'), dataIndex: 'byUser', width: 110 },
      { key: 'docNo', title: t('lists.col.docNo'), dataIndex: 'docNo', width: 170, render: (v: string | null) => v ?? '—' },
      { key: 'note', title: t('lists.col.note'), dataIndex: 'note', render: (v: string | null) => v ?? '' },
    ]} />
  );
}
