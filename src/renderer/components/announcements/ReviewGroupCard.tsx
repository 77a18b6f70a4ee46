import { useState } from 'react';
import { Button, Card, Empty, Input, List, Space, Table, Tag, Typography } from 'antd';
import type { OutputOf } from '../../../contract';
import type { MessageKey } from '../../i18n/zh';
import { useI18n } from '../../i18n/use-i18n';

type Group = OutputOf<'review:list'>['items'][number];
type Candidate = Group['candidates'][number];
export type Decision = 'same' | 'not-same' | 'unsure';
type Props = {
  group: Group;
  busy: boolean;
  onDecide: (group: Group, candidate: Candidate | null, decision: Decision) => void;
  onLink: (group: Group, uscc: string) => void;
};

const PARTS = ['tradeName', 'industry', 'legalForm', 'region', 'branch', 'place'] as const;

/**
 * One firm named without a code: its waiting records, and each candidate from the register with
 * the evidence (name, code, address) and what the score is made of, to decide on; or, when the
 * firm is registered later, its credit code to link it by.
 */
export function ReviewGroupCard({ group, busy, onDecide, onLink }: Props) {
  const { t } = useI18n();
  const [uscc, setUscc] = useState('');
  const subject = group.subjectName;
  const partLabel = (p: string) => t(`rev.part.${p}` as MessageKey);
  const reasonLabel = (r: string) => (r === 'name-equal' || r === 'name-similar' ? t(`rev.reason.${r}`) : r);

  return (
    <Card
      size="small"
      data-testid="review-group"
      title={<Space><span>{subject}</span>{group.subjectPlace && <Typography.Text type="secondary">{t('rev.place', { place: group.subjectPlace })}</Typography.Text>}</Space>}
      style={{ marginBottom: 12 }}
    >
      <Typography.Text strong>{t('rev.records')}</Typography.Text>
      <List
        size="small"
        dataSource={group.records}
        renderItem={(r) => <List.Item>{r.occurredOn} · {r.summary}{r.notes && <Typography.Text type="secondary"> · {r.notes}</Typography.Text>}</List.Item>}
      />
      <Typography.Text strong>{t('rev.candidates')}</Typography.Text>
      {group.candidates.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rev.noCandidates')} />
      ) : (
        <Table<Candidate>
          rowKey="enterpriseId"
          size="small"
          pagination={false}
          dataSource={group.candidates}
          columns={[
            { key: 'name', title: t('field.name'), render: (_, c) => <><div>{c.name}</div><Typography.Text type="secondary" className="mono">{c.uscc}</Typography.Text></> },
            { key: 'address', title: t('field.address'), dataIndex: 'address', ellipsis: true },
            { key: 'score', title: t('rev.score'), width: 110, render: (_, c) => <><strong>{c.score.toFixed(2)}</strong> <Tag>{reasonLabel(c.reason)}</Tag></> },
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
                  <Button size="small" type="primary" disabled={busy} aria-label={t('rev.sameLabel', { subject, candidate: c.name })} onClick={() => onDecide(group, c, 'same')}>{t('rev.same')}</Button>
                  <Button size="small" danger disabled={busy} aria-label={t('rev.notSameLabel', { subject, candidate: c.name })} onClick={() => onDecide(group, c, 'not-same')}>{t('rev.notSame')}</Button>
                  <Button size="small" disabled={busy} aria-label={t('rev.unsureLabel', { subject, candidate: c.name })} onClick={() => onDecide(group, c, 'unsure')}>{t('rev.unsure')}</Button>
                </Space>
              ),
            },
          ]}
        />
      )}
      <div className="page-toolbar" style={{ marginTop: 8, marginBottom: 0 }}>
        <Typography.Text>{t('rev.linkUscc')}</Typography.Text>
        <Input
          className="mono"
          style={{ width: 240 }}
          maxLength={18}
          placeholder={t('rev.linkUsccHint')}
          aria-label={t('rev.linkUsccFor', { subject })}
          value={uscc}
          onChange={(e) => setUscc(e.target.value.trim().toUpperCase())}
        />
        <Button disabled={busy || uscc.length !== 18} onClick={() => onLink(group, uscc)}>{t('rev.link')}</Button>
      </div>
    </Card>
  );
}
