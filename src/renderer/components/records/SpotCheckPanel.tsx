import { useState } from 'react';
import { Button, Card, Empty, Space, Table, Tag, Timeline, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { z } from 'zod';
import type { DeadlineSchema, RecordDetail } from '../../../contract/records';
import { useDossier } from '../../hooks/use-dossier';
import { useI18n } from '../../i18n/use-i18n';
import { formatDateTime } from '../../lib/format';
import { stateLabel } from '../../lib/record-labels';
import { eventLabel, GRAVE_EVENTS } from '../../lib/spot-check-labels';
import { TransitionModal } from './TransitionModal';

type Deadline = z.infer<typeof DeadlineSchema>;
type Allowed = RecordDetail['allowedEvents'][number];

/**
 * 后处理: where the follow-up of a spot check stands, what it has been through, the legal
 * deadlines, and one button per step the state machine allows now (nothing else is offered).
 */
export function SpotCheckPanel({ record }: { record: RecordDetail }) {
  const { t, locale } = useI18n();
  const { canEdit } = useDossier();
  const [asking, setAsking] = useState<Allowed | null>(null);

  const deadlineColumns: TableColumnsType<Deadline> = [
    { key: 'label', title: t('spot.deadline'), dataIndex: 'label' },
    {
      key: 'due',
      title: t('spot.due'),
      dataIndex: 'due',
      width: 200,
      render: (_, d) => (
        <Space size={4}>
          <span className={d.overdue ? 'overdue' : undefined}>{d.due}</span>
          {d.provisional && <Tag color="orange">{t('spot.provisional')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'status',
      title: t('spot.deadlineStatus'),
      width: 120,
      render: (_, d) =>
        d.overdue ? <Tag color="red">{t('spot.overdue')}</Tag> : d.met ? <Tag color="green">{t('spot.met')}</Tag> : <Tag color="blue">{t('spot.open')}</Tag>,
    },
  ];

  return (
    <Card size="small" title={t('spot.title')} style={{ marginTop: 16 }} data-testid="spot-check-panel">
      <div className="page-toolbar">
        <Typography.Text>{t('spot.state')}</Typography.Text>
        <Tag color="purple" data-testid="spot-check-state">
          {record.state ? stateLabel(record.state, locale) : '—'}
        </Tag>
      </div>
      {canEdit && (
        <div className="page-toolbar" role="group" aria-label={t('spot.actions')}>
          {record.allowedEvents.length === 0 && <Typography.Text type="secondary">{t('spot.noActions')}</Typography.Text>}
          {record.allowedEvents.map((e) => (
            <Button key={e.event} danger={GRAVE_EVENTS.includes(e.event)} onClick={() => setAsking(e)}>
              {eventLabel(e.event, locale, e.label)}
            </Button>
          ))}
        </div>
      )}
      <Typography.Title level={5}>{t('spot.deadlines')}</Typography.Title>
      <Table
        rowKey="key"
        size="small"
        columns={deadlineColumns}
        dataSource={record.deadlines}
        pagination={false}
        locale={{ emptyText: t('spot.noDeadlines') }}
        data-testid="spot-check-deadlines"
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('spot.history')}
      </Typography.Title>
      {record.events.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('spot.noEvents')} />
      ) : (
        <Timeline
          data-testid="spot-check-events"
          items={record.events.map((e) => ({
            key: e.id,
            content: (
              <div>
                <Typography.Text strong>{e.onDate}</Typography.Text> {eventLabel(e.event, locale)}
                {e.stateAfter && e.stateAfter !== e.stateBefore && <Tag style={{ marginInlineStart: 8 }}>→ {stateLabel(e.stateAfter, locale)}</Tag>}
                {e.docNo && <div className="muted">{t('spot.docNo')}{t('common.colon')}{e.docNo}</div>}
                {e.note && <div className="muted">{e.note}</div>}
                <div className="muted small">
                  {e.byUser} · {formatDateTime(e.at)}
                </div>
              </div>
            ),
          }))}
        />
      )}
      {asking && <TransitionModal record={record} event={asking} onClose={() => setAsking(null)} />}
    </Card>
  );
}
