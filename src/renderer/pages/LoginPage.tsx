import { useState } from 'react';
import { Alert, Button, Form, Input, Typography } from 'antd';
import type { AppInfo, User } from '../../contract';
import { errorText } from '../api/api-error';
import { call } from '../api/client';
import { setSessionToken } from '../api/session';
import type { LoginNotice } from '../auth/context';
import { AuthCard } from '../components/AuthCard';
import { useI18n } from '../i18n/use-i18n';

type Props = { info: AppInfo; notice: LoginNotice | null; onSignedIn: (user: User) => void };
type Values = { username: string; password: string };

export function LoginPage({ info, notice, onSignedIn }: Props) {
  const { t, locale } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: Values) {
    setBusy(true);
    setError(null);
    try {
      const { session, user } = await call('auth:login', values);
      setSessionToken(session);
      onSignedIn(user);
    } catch (cause) {
      setError(cause);
      setBusy(false);
    }
  }

  return (
    <AuthCard title={t('login.title')} workspace={info.workspace}>
      {notice?.kind === 'expired' && !error && <Alert type="info" showIcon title={t('login.expired')} style={{ marginBottom: 16 }} />}
      {(notice?.kind === 'restored' || notice?.kind === 'undone') && !error && (
        <Alert
          type="success"
          showIcon
          data-testid="login-notice"
          title={t(notice.kind === 'restored' ? 'login.restored' : 'login.undone')}
          description={
            <>
              <Typography.Paragraph style={{ margin: 0 }}>
                {t(notice.kind === 'restored' ? 'login.restoredDetail' : 'login.undoneDetail')}
              </Typography.Paragraph>
              {notice.result.migratedFrom < notice.result.schemaVersion && (
                <Typography.Paragraph style={{ margin: 0 }}>
                  {t('login.migrated', { from: notice.result.migratedFrom, to: notice.result.schemaVersion })}
                </Typography.Paragraph>
              )}
            </>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {error !== null && (
        <Alert type="error" showIcon role="alert" data-testid="login-error" title={errorText(error, locale)} style={{ marginBottom: 16 }} />
      )}
      <Form<Values> name="login" layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false} aria-label={t('login.title')}>
        <Form.Item
          label={t('setup.username')}
          name="username"
          rules={[{ required: true, message: t('form.required', { field: t('setup.username') }) }]}
        >
          <Input autoFocus autoComplete="username" />
        </Form.Item>
        <Form.Item
          label={t('setup.password')}
          name="password"
          rules={[{ required: true, message: t('form.required', { field: t('setup.password') }) }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('login.submit')}
        </Button>
      </Form>
    </AuthCard>
  );
}
