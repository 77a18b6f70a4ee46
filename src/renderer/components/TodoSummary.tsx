import { Button, Space, Tag, Typography } from 'antd';
import { useAuth } from '../auth/use-auth';
import { useQuery } from '../hooks/use-query';
import { useI18n } from '../i18n/use-i18n';
import { mayCall } from '../lib/access';
import { navigate } from '../lib/route';

/** 总览's line about the to-do view: how many deadlines are missed or due soon, and the way there. Silent when nothing is. */
export function TodoSummary() {
  const { t } = useI18n();
  const { user } = useAuth();
  const todo = useQuery('todo:list', mayCall(user.role, 'todo:list') ? { horizonDays: 14 } : null);
  const items = todo.data?.items ?? [];
  if (items.length === 0) return null;
  const overdue = items.filter((i) => i.status === 'overdue').length;
  return (
    <Space wrap style={{ marginBottom: 12 }} data-testid="home-todo">
      <Typography.Text strong>{t('home.todo')}</Typography.Text>
      <Tag color="red">{t('todo.status.overdue')} {overdue}</Tag>
      <Tag color="orange">{t('todo.status.due-soon')} {items.length - overdue}</Tag>
      <Button size="small" type="link" onClick={() => navigate({ page: 'todo' })}>{t('home.todoOpen')}</Button>
    </Space>
  );
}
