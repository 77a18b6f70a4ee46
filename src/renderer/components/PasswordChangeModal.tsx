import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { errorText } from '../api/api-error';
import { call } from '../api/client';
import { useI18n } from '../i18n/use-i18n';
import { blamedField } from '../lib/form-errors';
import { PasswordFields } from './PasswordFields';

type Values = { current: string; next: string; confirm: string };

/** Any user changes their own password; the current one is asked first (auth:change-password, audited). */
export function PasswordChangeModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit({ current, next }: Values) {
    setBusy(true);
    setError(null);
    try {
      await call('auth:change-password', { current, next });
      message.success(t('password.changed'));
      onClose();
    } catch (cause) {
      const field = blamedField(cause, ['current', 'next'] as const);
      if (field) form.setFields([{ name: field, errors: [errorText(cause, locale)] }]);
      else setError(cause);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open={open} title={t('password.change')} footer={null} onCancel={onClose} destroyOnHidden mask={{ closable: false }}>
      <Form<Values> name="password-change" form={form} layout="vertical" onFinish={(v) => void submit(v)} aria-label={t('password.change')}>
        <Form.Item name="current" label={t('password.current')} rules={[{ required: true, message: t('form.required', { field: t('password.current') }) }]}>
          <Input.Password autoFocus autoComplete="current-password" />
        </Form.Item>
        <PasswordFields name="next" label={t('password.next')} />
        {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 12 }} />}
        <div className="modal-actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('common.save')}
          </Button>
        </div>
      </Form>
    </Modal>
  );
}
