import { useMemo } from 'react';
import { Button, Empty, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { TodoItem, TodoLink } from '../../../contract/todo';
import { useI18n } from '../../i18n/use-i18n';
import { navigate } from '../../lib/route';
import { daysText, todoDetails, todoTitle } from './todo-labels';

const STATUS_COLOR = { overdue: 'red', 'due-soon': 'orange' } as const;

/** Where each kind of item leads: the entry's drawer on 红黑名单, the spot-check tab, or the dossier. */
function open(link: TodoLink): void {
  if (link.to === 'list-entry') navigate({ page: 'lists', entryId: link.entryId });
  else if (link.to === 'record') {
    if (link.enterpriseId !== null) navigate({ page: 'enterprise', id: link.enterpriseId, tab: 'spot-checks' });
  } else navigate({ page: 'enterprise', id: link.enterpriseId });
}

type Props = { items: TodoItem[] | undefined; loading: boolean; emptyText: string };

/** The to-do items as the backend sorted them: overdue first, then by date. */
export function TodoTable({ items, loading, emptyText }: Props) {
  const { t, locale } = useI18n();
  const columns = useMemo<TableColumnsType<TodoItem>>(() => [
    {
      key: 'status', title: t('todo.col.status'), width: 110,
      render: (_, i) => <Tag color={STATUS_COLOR[i.status]} data-testid={`todo-status-${i.status}`}>{t(`todo.status.${i.status}`)}</Tag>,
    },
    {
      key: 'dueOn', title: t('todo.col.dueOn'), width: 150,
      render: (_, i) => (
        <span>
          <span className="mono">{i.dueOn}</span><br />
          <Typography.Text type={i.status === 'overdue' ? 'danger' : 'warning'} className="small">{daysText(i.daysLeft, t)}</Typography.Text>
          {i.provisional && <Typography.Text type="secondary" className="small"> {t('todo.provisional')}</Typography.Text>}
        </span>
      ),
    },
    { key: 'kind', title: t('todo.col.kind'), width: 150, render: (_, i) => t(`todo.kind.${i.kind}`) },
    {
      key: 'title', title: t('todo.col.title'),
      render: (_, i) => (
        <Button type="link" size="small" style={{ paddingInline: 0, textAlign: 'left', whiteSpace: 'normal', height: 'auto' }}
          title={t(i.link.to === 'list-entry' ? 'todo.open.entry' : i.link.to === 'record' ? 'todo.open.record' : 'todo.open.dossier')}
          onClick={() => open(i.link)}>
          {todoTitle(i, locale, t)}
        </Button>
      ),
    },
    { key: 'subject', title: t('todo.col.subject'), render: (_, i) => i.subject.name },
    { key: 'details', title: t('todo.col.details'), render: (_, i) => <span className="muted small">{todoDetails(i, locale, t)}</span> },
  ], [t, locale]);
  return (
    <Table<TodoItem> size="small" rowKey={(i) => `${i.kind}-${JSON.stringify(i.link)}-${i.deadlineId ?? ''}-${i.subject.personId ?? ''}`}
      columns={columns} dataSource={items ?? []} loading={loading} pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }} data-testid="todo-table" />
  );
}
