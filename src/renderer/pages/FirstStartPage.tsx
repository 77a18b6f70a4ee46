import { useState } from 'react';
import { Alert, App, Button, Checkbox, Form, Input, InputNumber, Typography } from 'antd';
import { UsernameSchema, type AppInfo, type User } from '../../contract';
import { ApiError, errorText } from '../api/api-error';
import { call } from '../api/client';
import { setSessionToken } from '../api/session';
import { AuthCard } from '../components/AuthCard';
import { DemoProgress } from '../components/DemoProgress';
import { useDemoGeneration } from '../hooks/use-demo-generation';
import { useI18n } from '../i18n/use-i18n';
import { blamedField } from '../lib/form-errors';
import { isStrongPassword } from '../lib/password';

type Props = { info: AppInfo; onSignedIn: (user: User) => void; onRestart: () => void };
type Values = { username: string; displayName: string; password: string; password2: string; demo: boolean; count: number };
type Stage = { kind: 'form' } | { kind: 'demo' } | { kind: 'demo-failed'; user: User; error: unknown };

/** First start: create the administrator, sign in as them, and optionally load demo data. */
export function FirstStartPage({ info, onSignedIn, onRestart }: Props) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [stage, setStage] = useState<Stage>({ kind: 'form' });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const demo = useDemoGeneration();
  const wantsDemo = Form.useWatch('demo', form) ?? true;

  async function submit(values: Values) {
    setBusy(true);
    setError(null);
    try {
      const credentials = { username: values.username, password: values.password };
      await call('setup:create-admin', { ...credentials, displayName: values.displayName });
      const { session, user } = await call('auth:login', credentials);
      setSessionToken(session);
      if (!values.demo) {
        onSignedIn(user);
        return;
      }
      setStage({ kind: 'demo' });
      const outcome = await demo.run(values.count);
      if (outcome.kind === 'failed') {
        setStage({ kind: 'demo-failed', user, error: outcome.error });
        return;
      }
      if (outcome.kind === 'done') message.success(t('setup.demoDone', { count: outcome.enterprises }));
      else message.info(t('setup.cancelled'));
      onSignedIn(user);
    } catch (cause) {
      setBusy(false);
      // Someone finished the setup meanwhile (another window): the login screen is what is left.
      if (cause instanceof ApiError && cause.code === 'E_SETUP_DONE') {
        onRestart();
        return;
      }
      const field = blamedField(cause, ['username', 'displayName', 'password'] as const);
      if (field) {
        form.setFields([{ name: field, errors: [errorText(cause, locale)] }]);
      } else setError(cause);
    }
  }

  if (stage.kind === 'demo') {
    return (
      <AuthCard title={t('setup.demo')} workspace={info.workspace}>
        <DemoProgress progress={demo.progress} percent={demo.percent} onCancel={demo.cancel} />
      </AuthCard>
    );
  }
  if (stage.kind === 'demo-failed') {
    const { user } = stage;
    return (
      <AuthCard title={t('setup.demoFailed')} workspace={info.workspace}>
        <Alert type="error" showIcon role="alert" title={errorText(stage.error, locale)} style={{ marginBottom: 16 }} />
        <Button type="primary" onClick={() => onSignedIn(user)}>
          {t('common.continue')}
        </Button>
      </AuthCard>
    );
  }

  const required = (field: string) => ({ required: true, message: t('form.required', { field }) });
  return (
    <AuthCard title={t('setup.title')} workspace={info.workspace} width={480}>
      <Typography.Paragraph type="secondary">{t('setup.intro')}</Typography.Paragraph>
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 16 }} />}
      <Form<Values>
        name="setup"
        form={form}
        layout="vertical"
        initialValues={{ demo: true, count: 200 }}
        onFinish={(v) => void submit(v)}
        aria-label={t('setup.title')}
      >
        <Form.Item
          label={t('setup.username')}
          name="username"
          extra={t('setup.usernameRule')}
          rules={[
            required(t('setup.username')),
            { validator: (_, v: string | undefined) => (!v || UsernameSchema.safeParse(v).success ? Promise.resolve() : Promise.reject(new Error(t('setup.usernameInvalid')))) },
          ]}
        >
          <Input autoFocus autoComplete="username" />
        </Form.Item>
        <Form.Item label={t('setup.displayName')} name="displayName" rules={[required(t('setup.displayName')), { max: 40 }]}>
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item
          label={t('setup.password')}
          name="password"
          extra={t('setup.passwordRule')}
          rules={[
            required(t('setup.password')),
            { validator: (_, v: string | undefined) => (!v || isStrongPassword(v) ? Promise.resolve() : Promise.reject(new Error(t('setup.passwordWeak')))) },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('setup.password2')}
          name="password2"
          dependencies={['password']}
          rules={[
            required(t('setup.password2')),
            ({ getFieldValue }) => ({
              validator: (_, v: string | undefined) =>
                !v || v === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('setup.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="demo" valuePropName="checked" style={{ marginBottom: 8 }}>
          <Checkbox>{t('setup.demo')}</Checkbox>
        </Form.Item>
        {wantsDemo && (
          <Form.Item label={t('setup.demoCount')} name="count" rules={[required(t('setup.demoCount'))]}>
            <InputNumber min={1} max={2_000_000} precision={0} style={{ width: 200 }} />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('setup.submit')}
        </Button>
      </Form>
    </AuthCard>
  );
}
