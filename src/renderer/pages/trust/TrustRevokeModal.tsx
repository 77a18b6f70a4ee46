import { useState } from 'react';
import { Alert, Form, Input, InputNumber, Modal } from 'antd';
import type { TrustedKeyView } from './trusted-key';
import { errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/use-i18n';

type Values = { reason: string; afterSequence?: number | null };
type Props = { trusted: TrustedKeyView; onRevoked: () => void; onClose: () => void };

/** Revoking cannot be undone: the dialog says so, asks why, and optionally keeps earlier packages valid. */
export function TrustRevokeModal({ trusted, onRevoked, onClose }: Props) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function revoke(values: Values) {
    setBusy(true);
    setError(null);
    try {
      const after = values.afterSequence ?? undefined;
      await call('trust:revoke', { id: trusted.id, reason: values.reason, ...(after === undefined ? {} : { afterSequence: after }) });
      onRevoked();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open title={t('trust.revokeTitle', { agency: trusted.agencyName })} okText={t('trust.revokeOk')} okButtonProps={{ danger: true, loading: busy }}
      cancelText={t('common.cancel')} onOk={() => form.submit()} onCancel={busy ? undefined : onClose} destroyOnHidden>
      <Alert type="warning" showIcon title={t('trust.revokeWarn')} style={{ marginBottom: 12 }} />
      <p className="mono small">{trusted.fingerprint}</p>
      <Form<Values> form={form} layout="vertical" name="trust-revoke" onFinish={(v) => void revoke(v)}>
        <Form.Item name="reason" label={t('trust.revokeReason')} rules={[{ required: true, min: 2, message: t('form.required', { field: t('trust.revokeReason') }) }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="afterSequence" label={t('trust.revokeAfter')} extra={t('trust.revokeAfterHelp')}>
          <InputNumber min={0} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} />}
    </Modal>
  );
}
