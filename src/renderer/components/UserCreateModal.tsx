import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Select } from 'antd';
import { ROLES, UsernameSchema, type Role, type User } from '../../contract';
import { errorText } from '../api/api-error';
import { call } from '../api/client';
import { useI18n } from '../i18n/use-i18n';
import { blamedField } from '../lib/form-errors';
import { roleLabel } from '../lib/labels';
import { isStrongPassword } from '../lib/password';

type Props = { open: boolean; onClose: () => void; onCreated: (user: User) => void };
type Values = { username: string; displayName: string; role: Role; password: string };

const FIELDS = ['username', 'displayName', 'role', 'password'] as const;

export function UserCreateModal({ open, onClose, onCreated }: Props) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: Values) {
    setBusy(true);
    setError(null);
    try {
      onCreated(await call('users:create', values));
    } catch (cause) {
      const field = blamedField(cause, FIELDS);
      if (field) form.setFields([{ name: field, errors: [errorText(cause, locale)] }]);
      else setError(cause);
    } finally {
      setBusy(false);
    }
  }

  const required = (field: string) => ({ required: true, message: t('form.required', { field }) });
  return (
    <Modal open={open} title={t('users.create')} footer={null} onCancel={onClose} destroyOnHidden mask={{ closable: false }}>
      <Form<Values>
        name="user"
        form={form}
        layout="vertical"
        initialValues={{ role: 'officer' }}
        onFinish={(v) => void submit(v)}
        aria-label={t('users.create')}
      >
        <Form.Item
          name="username"
          label={t('users.username')}
          extra={t('setup.usernameRule')}
          rules={[
            required(t('users.username')),
            { validator: (_, v: string | undefined) => (!v || UsernameSchema.safeParse(v).success ? Promise.resolve() : Promise.reject(new Error(t('setup.usernameInvalid')))) },
          ]}
        >
          <Input autoFocus autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} rules={[required(t('users.displayName')), { max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="role" label={t('users.role')} rules={[required(t('users.role'))]}>
          <Select options={ROLES.map((r) => ({ value: r, label: roleLabel(r, t) }))} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('users.password')}
          extra={t('setup.passwordRule')}
          rules={[
            required(t('users.password')),
            { validator: (_, v: string | undefined) => (!v || isStrongPassword(v) ? Promise.resolve() : Promise.reject(new Error(t('setup.passwordWeak')))) },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
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
