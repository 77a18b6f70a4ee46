import { useState } from 'react';
import { Alert, Select, Space, Typography } from 'antd';
import { TODO_KINDS, type TodoKind } from '../../../contract/todo';
import { errorText } from '../../api/api-error';
import { useQuery } from '../../hooks/use-query';
import { useI18n } from '../../i18n/use-i18n';
import { TodoTable } from './TodoTable';

const HORIZONS = [7, 14, 30, 60, 90] as const;

/**
 * 待办期限: everything missed or ending soon, as of the backend's today — list periods, spot-check
 * follow-up periods, and listed persons serving as legal representative elsewhere.
 */
export function TodoPage() {
  const { t, locale } = useI18n();
  const [kinds, setKinds] = useState<TodoKind[]>([]);
  const [horizonDays, setHorizonDays] = useState<number>(14);
  const todo = useQuery('todo:list', { horizonDays, ...(kinds.length > 0 ? { kinds } : {}) });
  const items = todo.data?.items;
  const overdue = items?.filter((i) => i.status === 'overdue').length ?? 0;

  return (
    <section aria-labelledby="todo-title" aria-busy={todo.loading} data-testid="todo-page">
      <div className="page-toolbar">
        <Typography.Title level={4} id="todo-title" style={{ margin: 0 }}>{t('nav.todo')}</Typography.Title>
        {items && <Typography.Text type={overdue > 0 ? 'danger' : 'secondary'} data-testid="todo-count">{t('todo.count', { count: items.length, overdue })}</Typography.Text>}
      </div>
      <Typography.Paragraph type="secondary">{t('todo.intro', { asOf: todo.data?.asOf ?? '—', days: horizonDays })}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<TodoKind[]> mode="multiple" allowClear style={{ minWidth: 320 }} placeholder={t('todo.filter.kinds')} aria-label={t('todo.filter.kinds')}
          value={kinds} onChange={setKinds} options={TODO_KINDS.map((k) => ({ value: k, label: t(`todo.kind.${k}`) }))} />
        <Select<number> style={{ width: 160 }} aria-label={t('todo.filter.horizon')} value={horizonDays} onChange={setHorizonDays}
          options={HORIZONS.map((d) => ({ value: d, label: t('todo.horizonDays', { days: d }) }))} />
      </Space>
      {todo.error !== null && <Alert type="error" showIcon role="alert" title={errorText(todo.error, locale)} style={{ marginBottom: 12 }} />}
      <TodoTable items={items} loading={todo.loading} emptyText={kinds.length > 0 ? t('todo.emptyFiltered') : t('todo.empty')} />
    </section>
  );
}
