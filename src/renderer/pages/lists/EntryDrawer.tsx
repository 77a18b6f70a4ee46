import { useState } from 'react';
import { Alert, Button, Descriptions, Drawer, Space, Spin, Tag, Typography } from 'antd';
import type { ListEventType } from '../../../core/lists/states';
import { errorText } from '../../api/api-error';
import { useQuery } from '../../hooks/use-query';
import { useI18n } from '../../i18n/use-i18n';
import { listEventLabel, listStateColor, listStateLabel, listTypeLabel } from '../../lib/list-labels';
import { navigate } from '../../lib/route';
import { EntryDeadlines, EntryHistory } from './EntryTables';
import { RedEntryPanel } from './RedEntryPanel';
import { StepModal } from './StepModal';

type Props = { id: number; onClose: () => void; onChanged: () => void };

/** One entry: what it is, the steps the user may take now, its periods and its history. */
export function EntryDrawer({ id, onClose, onChanged }: Props) {
  const { t, locale } = useI18n();
  const detail = useQuery('lists:get', { id });
  const [step, setStep] = useState<ListEventType | null>(null);
  const d = detail.data;
  const dash = (v: string | null) => v ?? '—';
  // The red list has its own, simpler steps (core/lists/red-cycle) and its own panel.
  const red = d?.entry.listType === 'red' && d.entry.source === 'local';

  return (
    <Drawer open size={760} title={t('lists.detail')} onClose={onClose} destroyOnHidden data-testid="list-entry-drawer">
      {detail.error !== null && <Alert type="error" showIcon role="alert" title={errorText(detail.error, locale)} style={{ marginBottom: 12 }} />}
      {!d ? <Spin /> : (
        <>
          <Descriptions size="small" column={2} bordered data-testid="list-entry-facts" items={[
            { key: 'subject', label: t('lists.col.subject'), span: 2, children: d.entry.subjectName },
            { key: 'uscc', label: t('lists.field.uscc'), children: <span className="mono">{dash(d.entry.subjectUscc)}</span> },
            { key: 'uid', label: t('lists.col.uid'), children: <span className="mono small">{d.entry.entryUid}</span> },
            { key: 'listType', label: t('lists.col.listType'), children: listTypeLabel(d.entry.listType, locale) },
            { key: 'state', label: t('lists.col.state'), children: <Tag color={listStateColor(d.entry.state)} data-testid="list-entry-state">{listStateLabel(d.entry.state, locale)}</Tag> },
            { key: 'reason', label: t('lists.field.reason'), span: 2, children: d.entry.reason },
            { key: 'legalBasis', label: t('lists.field.legalBasis'), span: 2, children: d.entry.legalBasis },
            { key: 'authority', label: t('lists.field.authority'), children: dash(d.entry.decidingAuthority) },
            { key: 'docNo', label: t('lists.field.decisionDocNo'), children: dash(d.entry.decisionDocNo) },
            { key: 'listedOn', label: t('lists.col.listedOn'), children: dash(d.entry.listedOn) },
            { key: 'plannedEnd', label: t('lists.col.plannedEnd'), children: dash(d.entry.plannedEnd) },
            { key: 'proposedBy', label: t('lists.field.proposedBy'), children: dash(d.entry.proposedBy) },
            { key: 'removedOn', label: t('lists.field.removedOn'), children: dash(d.entry.removedOn) },
          ]} />
          {d.entry.enterpriseId !== null && (
            <Button type="link" style={{ paddingInline: 0 }} onClick={() => navigate({ page: 'enterprise', id: d.entry.enterpriseId ?? 0 })}>{t('lists.toDossier')}</Button>
          )}
          {red && <RedEntryPanel detail={d} onChanged={() => { detail.reload(); onChanged(); }} />}
          {!red && <Typography.Title level={5} style={{ marginTop: 16 }}>{t('lists.nextSteps')}</Typography.Title>}
          {red ? null : d.allowed.length === 0 ? (
            <Typography.Paragraph type="secondary">{t(d.entry.source === 'local' ? 'lists.noSteps' : 'lists.noStepsExternal')}</Typography.Paragraph>
          ) : (
            <Space wrap data-testid="list-entry-steps">
              {d.allowed.map((e) => <Button key={e} onClick={() => setStep(e)}>{listEventLabel(e, locale)}</Button>)}
            </Space>
          )}
          {d.deadlines.length > 0 && (
            <>
              <Typography.Title level={5} style={{ marginTop: 16 }}>{t('lists.deadlines')}</Typography.Title>
              <EntryDeadlines rows={d.deadlines} />
            </>
          )}
          <Typography.Title level={5} style={{ marginTop: 16 }}>{t('lists.history')}</Typography.Title>
          <EntryHistory rows={d.events} listType={d.entry.listType} />
        </>
      )}
      {step !== null && d && (
        <StepModal entryId={id} type={step} onClose={() => setStep(null)}
          onDone={() => { setStep(null); detail.reload(); onChanged(); }} />
      )}
    </Drawer>
  );
}
