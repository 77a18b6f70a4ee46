import { Form, Input, Typography } from 'antd';
import { PassphraseSchema } from '../../../contract';
import { useI18n } from '../../i18n/use-i18n';
import { passphraseStrength, type PassphraseStrength } from '../../lib/passphrase';

const STRENGTH_TYPE: Record<PassphraseStrength, 'danger' | 'warning' | 'success'> = { weak: 'danger', fair: 'warning', strong: 'success' };

type Props = {
  /** The form field names: the passphrase and its repetition. */
  name: string;
  repeatName: string;
  label: string;
  repeatLabel: string;
};

/**
 * A new passphrase typed twice, with a strength hint as it is typed. Used inside an antd Form;
 * the repetition is checked against the first field, the length against the contract's rule.
 */
export function PassphraseFields({ name, repeatName, label, repeatLabel }: Props) {
  const { t } = useI18n();
  const value = Form.useWatch<string | undefined>(name) ?? '';
  const strength = value ? passphraseStrength(value) : null;
  const hint = (
    <>
      <div>{t('keys.passphraseRule')}</div>
      {strength && (
        <Typography.Text type={STRENGTH_TYPE[strength]} data-testid={`${name}-strength`}>
          {t('keys.strength', { level: t(`keys.strength.${strength}`) })}
        </Typography.Text>
      )}
    </>
  );
  return (
    <>
      <Form.Item
        name={name}
        label={label}
        extra={hint}
        rules={[
          { required: true, message: t('form.required', { field: label }) },
          { validator: (_, v: string | undefined) => (!v || PassphraseSchema.safeParse(v).success ? Promise.resolve() : Promise.reject(new Error(t('keys.passphraseShort')))) },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name={repeatName}
        label={repeatLabel}
        dependencies={[name]}
        rules={[
          { required: true, message: t('form.required', { field: repeatLabel }) },
          ({ getFieldValue }) => ({
            validator: (_, v: string | undefined) => (!v || v === getFieldValue(name) ? Promise.resolve() : Promise.reject(new Error(t('setup.passwordMismatch')))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
