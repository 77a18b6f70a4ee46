import { useMemo, useState } from 'react';
import { Alert, App, Button, Drawer, Empty, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { RedCandidate } from '../../../contract';
import { toBeijingDate } from '../../../core/shared/time';
import { errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { useAuth } from '../../auth/use-auth';
import { DateField } from '../../components/DateField';
import { useQuery } from '../../hooks/use-query';
import { useI18n } from '../../i18n/use-i18n';
import { mayCall } from '../../lib/access';
import { redReasonText } from './red-labels';

type Props = { onClose: () => void; onProposed: () => void };
const PAGE_SIZE = 20;

/** 红名单候选: who qualifies on a date and why; an officer selects some and proposes them after a confirmation. */
export function RedCandidatesDrawer({ onClose, onProposed }: Props) {
  const { t, locale } = useI18n();
  const { user } = useAuth();
  const { message, modal } = App.useApp();
  const [asOf, setAsOf] = useState(toBeijingDate(new Date()));
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<number[]>([]);
  const [error, setError] = useState<unknown>(null);
  const list = useQuery('red:candidates', { asOf, page, pageSize: PAGE_SIZE });
  const mayPropose = mayCall(user.role, 'red:propose');
  const d = list.data;

  const columns = useMemo<TableColumnsType<RedCandidate>>(() => [
    { key: 'name', title: t('red.col.enterprise'), render: (_, c) => <><div>{c.name}</div><span className="mono small">{c.uscc}</span></> },
    {
      // Green only when the grade is itself a ground; an award holder's lower grade is shown plain.
      key: 'grade', title: t('red.col.grade'), width: 170,
      render: (_, c) => (c.grade ? <><Tag color={c.reasons.some((r) => r.code === 'grade') ? 'green' : 'default'}>{c.grade}</Tag><span className="small">{t('red.validTo', { date: c.gradeValidTo ?? '' })}</span></> : '—'),
    },
    { key: 'reasons', title: t('red.col.reasons'), render: (_, c) => <Space orientation="vertical" size={2}>{c.reasons.map((r) => <span key={r.code}>{redReasonText(r, locale, t)}</span>)}</Space> },
  ], [t, locale]);

  async function propose() {
    setError(null);
    try {
      const r = await call('red:propose', { enterpriseIds: selected, asOf });
      message.success(t('red.proposed', { count: String(r.entries.length) }));
      setSelected([]);
      list.reload();
      onProposed();
    } catch (cause) {
      setError(cause);
    }
  }

  const confirm = () => modal.confirm({
    title: t('red.propose.confirmTitle', { count: String(selected.length) }), content: t('red.propose.confirmBody'),
    okText: t('red.action.submit'), cancelText: t('common.cancel'), onOk: propose,
  });

  return (
    <Drawer open size={900} title={t('red.candidates.title')} onClose={onClose} destroyOnHidden data-testid="red-candidates">
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{t('red.asOf')}</span>
        <DateField aria-label={t('red.asOf')} value={asOf} onChange={(v) => { if (v) { setAsOf(v); setPage(1); setSelected([]); } }} />
        {mayPropose && <Button type="primary" disabled={selected.length === 0} onClick={confirm}>{t('red.propose', { count: String(selected.length) })}</Button>}
      </Space>
      {d && <Typography.Paragraph type="secondary">{d.runId === null ? t('red.candidates.noRun') : t('red.candidates.intro', { run: `#${d.runId} ${d.runAsOf ?? ''}`, asOf })}</Typography.Paragraph>}
      {(list.error ?? error) !== null && <Alert type="error" showIcon role="alert" title={errorText(list.error ?? error, locale)} style={{ marginBottom: 12 }} />}
      <Table<RedCandidate> rowKey="enterpriseId" size="middle" columns={columns} dataSource={d?.items ?? []} loading={list.loading} data-testid="red-candidates-table"
        rowSelection={mayPropose ? { selectedRowKeys: selected, preserveSelectedRowKeys: true, onChange: (keys) => setSelected(keys.map(Number)) } : undefined}
        locale={{ emptyText: !d ? ' ' : <Empty description={t('red.candidates.empty')} /> }}
        pagination={d && d.total > d.pageSize ? { current: d.page, pageSize: d.pageSize, total: d.total, showSizeChanger: false, onChange: setPage } : false} />
    </Drawer>
  );
}
