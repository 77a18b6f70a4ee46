import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import type { RedAction } from '../../../core/lists/red-cycle';
import { toBeijingDate } from '../../../core/shared/time';
import { errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { useI18n } from '../../i18n/use-i18n';
import { listEventLabel } from '../../lib/list-labels';

type Props = { entryId: number; action: RedAction; onClose: () => void; onDone: () => void };
type Values = { on: string; text?: string };

/** One red-list step: a decision (with an optional note) or a suspension, reinstatement or removal (with a reason). */
export function RedActionModal({ entryId, action, onClose, onDone }: Props) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const label = listEventLabel(action, locale, 'red');
  const decision = action === 'approve' || action === 'reject';
  const textLabel = t(decision ? 'red.action.note' : 'red.action.reason');

  async function submit(v: Values) {
    setBusy(true);
    setError(null);
    try {
      const text = v.text?.trim() ?? '';
      if (action === 'approve' || action === 'reject') await call('red:decide', { entryId, approve: action === 'approve', on: v.on, ...(text ? { note: text } : {}) });
      else await call('red:suspension', { entryId, action, on: v.on, reason: text });
      message.success(t('red.action.done', { step: label }));
      onDone();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  }

  const required = (field: string) => ({ required: true, message: t('form.required', { field }) });
  return (
    <Modal open title={label} footer={null} onCancel={onClose} destroyOnHidden mask={{ closable: false }}>
      <Form<Values> name="red-action" layout="vertical" initialValues={{ on: toBeijingDate(new Date()) }} onFinish={(v) => void submit(v)} aria-label={label}>
        <Form.Item name="on" label={t('red.action.on')} rules={[required(t('red.action.on'))]}><DateField aria-label={t('red.action.on')} /></Form.Item>
        <Form.Item name="text" label={textLabel} rules={[...(decision ? [] : [required(textLabel)]), { max: 1000 }]}><Input.TextArea rows={3} /></Form.Item>
        {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 12 }} />}
        <div className="modal-actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={busy}>{t('red.action.submit')}</Button>
        </div>
      </Form>
    </Modal>
  );
}
