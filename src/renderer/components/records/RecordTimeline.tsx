import { useState } from 'react';
import { Alert, Empty, Pagination, Space, Spin, Tag, Timeline, Typography } from 'antd';
import type { CreditRecordView } from '../../../contract/records';
import { errorText } from '../../api/api-error';
import { useDossier, useDossierQuery } from '../../hooks/use-dossier';
import { useRecordDialogs } from '../../hooks/use-record-dialogs';
import { useI18n } from '../../i18n/use-i18n';
import { kindLabel, stateLabel } from '../../lib/record-labels';
import { EffectTag } from './EffectTag';
import { OutcomeTag } from './OutcomeTag';

const DOT: Record<CreditRecordView['effect'], string> = { negative: 'red', positive: 'green', neutral: 'gray' };

/** 时间线: every record of the dossier, newest first, the dot coloured by its effect on credit. */
export function RecordTimeline() {
  const { t, locale } = useI18n();
  const { enterpriseId } = useDossier();
  const [page, setPage] = useState(1);
  const { data, error, loading } = useDossierQuery('records:list', { enterpriseId, page, pageSize: 50 });
  const dialogs = useRecordDialogs();

  if (error !== null) return <Alert type="error" showIcon role="alert" title={errorText(error, locale)} />;
  if (!data) return <Spin />;
  if (data.total === 0) return <Empty description={t('record.emptyTimeline')} />;

  return (
    <div data-testid="timeline" aria-busy={loading}>
      <Typography.Paragraph type="secondary">{t('record.total', { count: data.total })}</Typography.Paragraph>
      <Timeline
        items={data.items.map((r) => ({
          key: r.id,
          color: DOT[r.effect],
          content: (
            <button type="button" className="timeline-entry" onClick={() => dialogs.view(r.id)} data-effect={r.effect}>
              <Space size={6} wrap>
                <Typography.Text strong className="mono">
                  {r.occurredOn}
                </Typography.Text>
                <Tag>{kindLabel(r.kind, locale)}</Tag>
                <span>{r.summary}</span>
                <OutcomeTag outcome={r.outcome} />
                {r.state && <Tag color="purple">{stateLabel(r.state, locale)}</Tag>}
                <EffectTag effect={r.effect} />
              </Space>
              <div className="muted small">{r.authority}</div>
            </button>
          ),
        }))}
      />
      {data.total > 50 && <Pagination current={page} pageSize={50} total={data.total} onChange={setPage} showSizeChanger={false} />}
      {dialogs.element}
    </div>
  );
}
