import { useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Modal, Upload } from 'antd';
import type { TrustedKeyView } from './trusted-key';
import { ApiError, errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/use-i18n';
import { blamedField } from '../../lib/form-errors';

type Values = { agencyName: string; agencyCode: string; pem: string; fingerprint: string; validFromSequence?: number | null };
type Props = { onAdded: (key: TrustedKeyView) => void; onClose: () => void };

const FIELDS = ['agencyName', 'agencyCode', 'pem', 'fingerprint'] as const;
/** Errors that belong to one field although the backend names none. */
const FIELD_OF_CODE: Record<string, (typeof FIELDS)[number]> = { E_KEY_FORMAT: 'pem', E_FINGERPRINT_MISMATCH: 'fingerprint', E_KEY_ALREADY_TRUSTED: 'pem' };

/**
 * Registers a partner's public key. Trust on first use is what formats.md §3 forbids, so the
 * officer types the whole fingerprint as the partner read it out or wrote it; the backend saves
 * the key only when that equals the fingerprint computed from the key itself.
 */
export function TrustAddModal({ onAdded, onClose }: Props) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function save(values: Values) {
    setBusy(true);
    setError(null);
    try {
      const from = values.validFromSequence ?? undefined;
      const added = await call('trust:add', {
        agencyName: values.agencyName, agencyCode: values.agencyCode, pem: values.pem, fingerprint: values.fingerprint,
        ...(from === undefined ? {} : { validFromSequence: from }),
      });
      onAdded(added);
    } catch (cause) {
      const field = blamedField(cause, FIELDS) ?? (cause instanceof ApiError ? FIELD_OF_CODE[cause.code] : undefined);
      if (field) form.setFields([{ name: field, errors: [errorText(cause, locale)] }]);
      else setError(cause);
    } finally {
      setBusy(false);
    }
  }

  const required = (field: string) => ({ required: true, whitespace: true, message: t('form.required', { field }) });
  return (
    <Modal open title={t('trust.addTitle')} width={680} okText={t('trust.saveOk')} okButtonProps={{ loading: busy }} cancelText={t('common.cancel')}
      onOk={() => form.submit()} onCancel={busy ? undefined : onClose} destroyOnHidden>
      <Alert type="warning" showIcon title={t('trust.intro')} style={{ marginBottom: 12 }} />
      <Form<Values> form={form} layout="vertical" name="trust-add" onFinish={(v) => void save(v)}>
        <Form.Item name="agencyName" label={t('trust.agencyName')} rules={[required(t('trust.agencyName')), { max: 200 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="agencyCode" label={t('trust.agencyCode')} rules={[required(t('trust.agencyCode')), { max: 64 }]}>
          <Input className="mono" autoComplete="off" />
        </Form.Item>
        {/* The label points at the text area, which antd names after the form and field. */}
        <Form.Item label={t('trust.pem')} extra={t('trust.pemHelp')} required htmlFor="trust-add_pem">
          <Form.Item name="pem" noStyle rules={[required(t('trust.pem')), { max: 10_000 }]}>
            <Input.TextArea className="mono small" rows={5} placeholder="-----BEGIN PUBLIC KEY-----" />
          </Form.Item>
          <Upload accept=".pem,.pub,.txt" multiple={false} showUploadList={false}
            beforeUpload={(file) => {
              // Read here: a public key is a few hundred bytes of text, nothing is uploaded.
              void file.text().then((text) => form.setFieldsValue({ pem: text.trim() }));
              return false;
            }}>
            <Button size="small" style={{ marginTop: 8 }}>{t('trust.pemFile')}</Button>
          </Upload>
        </Form.Item>
        <Form.Item name="fingerprint" label={t('trust.fingerprint')} extra={t('trust.fingerprintHelp')} rules={[required(t('trust.fingerprint')), { max: 200 }]}>
          <Input className="mono" autoComplete="off" />
        </Form.Item>
        <Form.Item name="validFromSequence" label={t('trust.validFrom')} extra={t('trust.validFromHelp')}>
          <InputNumber min={1} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} />}
    </Modal>
  );
}
