import { useState } from 'react';
import { Alert, App, Button, Checkbox, Form, Input, Modal, Radio } from 'antd';
import type { InputOf } from '../../../contract';
import { REMOVAL_CONDITION_LABELS, REMOVAL_CONDITIONS, type RemovalCondition } from '../../../core/lists/events';
import { LIST_WARNINGS, type ListWarningCode } from '../../../core/lists/windows';
import type { ListEventType } from '../../../core/lists/states';
import { toBeijingDate } from '../../../core/shared/time';
import { ApiError, errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { useI18n } from '../../i18n/use-i18n';
import { CONFIRMED_STEPS, listEventLabel } from '../../lib/list-labels';

type Props = { entryId: number; type: ListEventType; onClose: () => void; onDone: () => void };
type Values = {
  on: string; docNo?: string; note?: string; hearing?: boolean; outcome?: 'upheld' | 'accepted'; authority?: string; evidence?: string;
  conditions?: Partial<Record<RemovalCondition, { met?: boolean; evidence?: string }>>;
};

/** The contract's input for the step: only the fields of its own kind travel. */
function inputOf(entryId: number, type: ListEventType, v: Values): InputOf<'lists:step'> {
  const evidence = (title: string | undefined) => (title?.trim() ? [{ title: title.trim() }] : []);
  const base = { entryId, type: type as Exclude<ListEventType, 'propose'>, on: v.on, ...(v.docNo?.trim() ? { docNo: v.docNo.trim() } : {}), ...(v.note?.trim() ? { note: v.note.trim() } : {}) };
  if (type === 'receive-objection') return { ...base, hearing: v.hearing ?? false };
  if (type === 'verify-objection') return { ...base, ...(v.outcome ? { outcome: v.outcome } : {}) };
  if (type === 'consent') return { ...base, authority: v.authority ?? '' };
  if (type === 'reinstate') return { ...base, documents: evidence(v.evidence) };
  if (type === 'request-early-removal') {
    const c = (k: RemovalCondition) => ({ met: v.conditions?.[k]?.met ?? false, evidence: evidence(v.conditions?.[k]?.evidence) });
    return { ...base, conditions: { obligationsPerformed: c('obligationsPerformed'), harmRemoved: c('harmRemoved'), noFurtherHeavyPenalty: c('noFurtherHeavyPenalty') } };
  }
  return base;
}

/**
 * Records one step: its date (today by default, never before the last step), the number of its
 * own document, a note, and what the kind of step needs. Decisions are confirmed once more.
 */
export function StepModal({ entryId, type, onClose, onDone }: Props) {
  const { t, locale } = useI18n();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const label = listEventLabel(type, locale);

  async function record(values: Values) {
    setBusy(true);
    setError(null);
    try {
      const r = await call('lists:step', inputOf(entryId, type, values));
      message.success(t('lists.step.done', { step: label }));
      for (const w of r.warnings) message.warning(LIST_WARNINGS[w.code as ListWarningCode]?.[locale] ?? w.message);
      onDone();
    } catch (cause) {
      if (cause instanceof ApiError && cause.code === 'E_LIST_DOCUMENT' && type !== 'reinstate') form.setFields([{ name: 'docNo', errors: [errorText(cause, locale)] }]);
      else setError(cause);
    } finally {
      setBusy(false);
    }
  }

  function submit(values: Values) {
    if (!CONFIRMED_STEPS.includes(type)) return void record(values);
    modal.confirm({ title: t('lists.step.confirmTitle', { step: label }), content: t('lists.step.confirmBody'), okText: t('lists.step.submit'), cancelText: t('common.cancel'), onOk: () => record(values) });
  }

  const required = (field: string) => ({ required: true, message: t('form.required', { field }) });
  return (
    <Modal open title={label} footer={null} onCancel={onClose} destroyOnHidden mask={{ closable: false }}>
      <Form<Values> name="list-step" form={form} layout="vertical" initialValues={{ on: toBeijingDate(new Date()) }} onFinish={submit} aria-label={label}>
        <Form.Item name="on" label={t('lists.step.on')} rules={[required(t('lists.step.on'))]}>
          <DateField aria-label={t('lists.step.on')} />
        </Form.Item>
        <Form.Item name="docNo" label={t('lists.step.docNo')} rules={[{ max: 200 }]}><Input /></Form.Item>
        {type === 'receive-objection' && <Form.Item name="hearing" valuePropName="checked"><Checkbox>{t('lists.step.hearing')}</Checkbox></Form.Item>}
        {type === 'verify-objection' && (
          <Form.Item name="outcome" label={t('lists.step.outcome')} rules={[required(t('lists.step.outcome'))]}>
            <Radio.Group options={[{ value: 'upheld', label: t('lists.step.outcome.upheld') }, { value: 'accepted', label: t('lists.step.outcome.accepted') }]} />
          </Form.Item>
        )}
        {type === 'consent' && <Form.Item name="authority" label={t('lists.step.authority')} rules={[required(t('lists.step.authority'))]}><Input /></Form.Item>}
        {type === 'reinstate' && <Form.Item name="evidence" label={t('lists.step.evidence')} rules={[required(t('lists.step.evidence'))]}><Input /></Form.Item>}
        {type === 'request-early-removal' && REMOVAL_CONDITIONS.map((k) => (
          <div key={k}>
            <Form.Item name={['conditions', k, 'met']} valuePropName="checked" style={{ marginBottom: 4 }}><Checkbox>{REMOVAL_CONDITION_LABELS[k][locale]}</Checkbox></Form.Item>
            <Form.Item name={['conditions', k, 'evidence']} label={t('lists.step.evidence')}><Input /></Form.Item>
          </div>
        ))}
        <Form.Item name="note" label={t('lists.step.note')} rules={[{ max: 1000 }]}><Input.TextArea rows={2} /></Form.Item>
        {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 12 }} />}
        <div className="modal-actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={busy}>{t('lists.step.submit')}</Button>
        </div>
      </Form>
    </Modal>
  );
}
