import { Form, Input } from 'antd';
import { useI18n } from '../i18n/use-i18n';
import { isStrongPassword } from '../lib/password';

/**
 * A new password typed twice, with the backend's strength rule checked before sending. The
 * fields are `name` and `confirm` of the surrounding form.
 */
export function PasswordFields({ name, label }: { name: string; label: string }) {
  const { t } = useI18n();
  return (
    <>
      <Form.Item
        name={name}
        label={label}
        extra={t('setup.passwordRule')}
        rules={[
          { required: true, message: t('form.required', { field: label }) },
          { validator: (_, v: string | undefined) => (!v || isStrongPassword(v) ? Promise.resolve() : Promise.reject(new Error(t('setup.passwordWeak')))) },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('password.confirm')}
        dependencies={[name]}
        rules={[
          { required: true, message: t('form.required', { field: t('password.confirm') }) },
          ({ getFieldValue }) => ({
            validator: (_, v: string | undefined) => (!v || v === getFieldValue(name) ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch')))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
