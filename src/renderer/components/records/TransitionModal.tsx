import { useState } from 'react';
import { Alert, App, Button, Descriptions, Form, Input, Modal, Typography } from 'antd';
import type { RecordDetail } from '../../../contract/records';
import { errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { useDossier } from '../../hooks/use-dossier';
import { useI18n } from '../../i18n/use-i18n';
import { eventLabel } from '../../lib/spot-check-labels';
import { DateField } from '../DateField';

type Step = { onDate: string; docNo?: string; note?: string };
type Props = { record: RecordDetail; event: RecordDetail['allowedEvents'][number]; onClose: () => void };

/**
 * Records one follow-up step. A step cannot be taken back (the history is the legal record), so
 * the officer first enters its date and document, then confirms what will be written.
 */
export function TransitionModal({ record, event, onClose }: Props) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const { changed } = useDossier();
  const [form] = Form.useForm<Step>();
  const [confirming, setConfirming] = useState<Step | null>(null);
  // What was entered, so that going back (or a refusal) returns to a filled-in form.
  const [entered, setEntered] = useState<Step | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const label = eventLabel(event.event, locale, event.label);

  async function submit() {
    if (!confirming) return;
    setBusy(true);
    setError(null);
    try {
      await call('records:transition', {
        id: record.id,
        event: event.event,
        onDate: confirming.onDate,
        docNo: confirming.docNo?.trim() || null,
        note: confirming.note?.trim() || null,
      });
      message.success(t('spot.recorded', { event: label }));
      onClose();
      changed();
    } catch (cause) {
      setError(cause);
      setConfirming(null);
      setBusy(false);
    }
  }

  return (
    <Modal open title={t('spot.stepTitle', { event: label })} footer={null} onCancel={busy ? undefined : onClose} keyboard={!busy} mask={{ closable: false }} destroyOnHidden>
      {confirming ? (
        <div data-testid="transition-confirm">
          <Typography.Paragraph>{t('spot.confirmLead')}</Typography.Paragraph>
          <Descriptions
            bordered
            size="small"
            column={1}
            items={[
              { key: 'event', label: t('spot.step'), children: label },
              { key: 'onDate', label: t('spot.onDate'), children: confirming.onDate },
              { key: 'docNo', label: t('spot.docNo'), children: confirming.docNo || '—' },
              { key: 'note', label: t('spot.note'), children: confirming.note || '—' },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {t('spot.irreversible')}
          </Typography.Paragraph>
          <div className="modal-actions">
            <Button onClick={() => setConfirming(null)} disabled={busy}>
              {t('common.back')}
            </Button>
            <Button type="primary" autoFocus loading={busy} onClick={() => void submit()}>
              {t('spot.confirmOk')}
            </Button>
          </div>
        </div>
      ) : (
        <Form<Step> form={form} layout="vertical" initialValues={entered}
          onFinish={(v) => {
            setEntered(v);
            setConfirming(v);
          }} aria-label={t('spot.stepTitle', { event: label })}>
          <Form.Item name="onDate" label={t('spot.onDate')} rules={[{ required: true, message: t('form.chooseRequired', { field: t('spot.onDate') }) }]}>
            <DateField autoFocus />
          </Form.Item>
          <Form.Item name="docNo" label={t('spot.docNo')} rules={[{ max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="note" label={t('spot.note')} rules={[{ max: 2000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
          </Form.Item>
          {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 12 }} />}
          <div className="modal-actions">
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit">
              {t('common.next')}
            </Button>
          </div>
        </Form>
      )}
    </Modal>
  );
}
