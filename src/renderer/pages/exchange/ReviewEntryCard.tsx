import { Button, Card, Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import type { OutputOf } from '../../../contract';
import type { MessageKey } from '../../i18n/zh';
import { useI18n } from '../../i18n/use-i18n';
import { listTypeLabel } from '../../lib/list-labels';

type Item = OutputOf<'exchange:review-list'>['items'][number];
type Candidate = Item['candidates'][number];
export type Decision = 'same' | 'not-same' | 'unsure';

const PARTS = ['tradeName', 'industry', 'legalForm', 'region', 'branch', 'place'] as const;

/** One waiting external entry and the firms of our register it may be, with what each score is made of. */
export function ReviewEntryCard({ item, busy, onDecide }: { item: Item; busy: boolean; onDecide: (enterpriseId: number | null, decision: Decision) => void }) {
  const { t, locale } = useI18n();
  const subject = item.subjectName;
  const partLabel = (p: string) => t(`rev.part.${p}` as MessageKey);
  return (
    <Card size="small" data-testid="ex-review-item" style={{ marginBottom: 12 }}
      title={<Space><span>{subject}</span><Typography.Text type="secondary">{item.agencyName ?? item.issuer}</Typography.Text></Space>}>
      <Descriptions size="small" column={2} style={{ marginBottom: 8 }}>
        <Descriptions.Item label={t('ex.listType')}>{listTypeLabel(item.listType, locale)}</Descriptions.Item>
        <Descriptions.Item label={t('ex.listedOn')}>{item.listedOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('ex.reason')} span={2}>{item.reason}</Descriptions.Item>
      </Descriptions>
      <Typography.Text strong>{t('rev.candidates')}</Typography.Text>
      {item.candidates.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rev.noCandidates')} /> : (
        <Table<Candidate> rowKey="enterpriseId" size="small" pagination={false} dataSource={item.candidates} columns={[
          { key: 'name', title: t('field.name'), render: (_, c) => <><div>{c.name}</div><Typography.Text type="secondary" className="mono">{c.uscc}</Typography.Text></> },
          { key: 'address', title: t('field.address'), dataIndex: 'address', ellipsis: true },
          { key: 'score', title: t('rev.score'), width: 80, render: (_, c) => <strong>{c.score.toFixed(2)}</strong> },
          {
            key: 'parts', title: t('rev.parts'), width: 300,
            render: (_, c) => PARTS.filter((p) => c.parts[p] !== undefined).map((p) => (
              <Tag key={p} color={(c.parts[p] ?? 0) >= 0.99 ? 'green' : (c.parts[p] ?? 0) <= 0.01 ? 'red' : 'default'}>{partLabel(p)} {(c.parts[p] ?? 0).toFixed(2)}</Tag>
            )),
          },
          {
            key: 'decide', title: '', width: 250,
            render: (_, c) => (
              <Space size={4}>
                <Button size="small" type="primary" disabled={busy} aria-label={t('rev.sameLabel', { subject, candidate: c.name })} onClick={() => onDecide(c.enterpriseId, 'same')}>{t('rev.same')}</Button>
                <Button size="small" danger disabled={busy} aria-label={t('rev.notSameLabel', { subject, candidate: c.name })} onClick={() => onDecide(c.enterpriseId, 'not-same')}>{t('rev.notSame')}</Button>
                <Button size="small" disabled={busy} aria-label={t('rev.unsureLabel', { subject, candidate: c.name })} onClick={() => onDecide(c.enterpriseId, 'unsure')}>{t('rev.unsure')}</Button>
              </Space>
            ),
          },
        ]} />
      )}
    </Card>
  );
}
