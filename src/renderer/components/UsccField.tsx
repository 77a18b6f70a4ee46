import { Checkbox, Form, Input } from 'antd';
import { checkUscc } from '../../core/identifiers/uscc';
import { useI18n } from '../i18n/use-i18n';
import { usccProblem, type EnterpriseFormValues } from '../lib/enterprise-form';

/**
 * The USCC input with the GB 32100 check as the officer types. A wrong check character brings
 * up the "keep this code" box, because some early pilot-area codes are legal as issued.
 */
export function UsccField({ autoFocus }: { autoFocus?: boolean }) {
  const { t } = useI18n();
  const form = Form.useFormInstance<EnterpriseFormValues>();
  const raw = Form.useWatch('uscc', form) ?? '';
  const acknowledged = Form.useWatch('usccCheckAcknowledged', form) === true;
  const check = raw.trim() === '' ? null : checkUscc(raw);

  let extra: string | undefined;
  if (check?.kind === 'valid') extra = t('form.usccValid');
  if (check?.kind === 'check-mismatch' && acknowledged) extra = t('form.usccAcknowledged', { expected: check.expected });

  return (
    <>
      <Form.Item
        name="uscc"
        label={t('field.uscc')}
        required
        hasFeedback
        extra={extra}
        validateTrigger={['onChange', 'onBlur']}
        dependencies={['usccCheckAcknowledged']}
        rules={[
          {
            validator: (_, value: string | undefined) => {
              const problem = usccProblem(value ?? '', form.getFieldValue('usccCheckAcknowledged') === true, t);
              return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
            },
          },
        ]}
      >
        <Input className="mono" maxLength={40} autoComplete="off" spellCheck={false} autoFocus={autoFocus} />
      </Form.Item>
      {check?.kind === 'check-mismatch' && (
        <Form.Item name="usccCheckAcknowledged" valuePropName="checked" style={{ marginTop: -8 }}>
          <Checkbox data-testid="uscc-acknowledge">{t('form.usccAck')}</Checkbox>
        </Form.Item>
      )}
    </>
  );
}
