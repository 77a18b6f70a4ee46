import { useEffect, useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { errorText } from '../api/api-error';
import { call } from '../api/client';
import { setSessionToken } from '../api/session';
import { onLockNow, onSettings, storedLocked, storeLocked } from '../auth/idle-lock-events';
import { useAuth } from '../auth/use-auth';
import { useIdle } from '../auth/use-idle';
import { useQuery } from '../hooks/use-query';
import { useI18n } from '../i18n/use-i18n';

/**
 * Locks the app after the administrator's idle time (settings:get). The lock is an opaque layer
 * over the layout, which stays mounted underneath: the page, its filters and a half-filled form
 * are all there after the password is given again.
 */
export function IdleLock() {
  const { data } = useQuery('settings:get', {});
  const [minutes, setMinutes] = useState<number | null>(null);
  const [locked, setLockedState] = useState(storedLocked);
  const idleMinutes = minutes ?? data?.idleLockMinutes ?? 0;

  const setLocked = (next: boolean) => {
    storeLocked(next);
    setLockedState(next);
  };
  useEffect(() => onSettings((s) => setMinutes(s.idleLockMinutes)), []);
  useEffect(() => onLockNow(() => setLocked(true)), []);
  useIdle(idleMinutes, locked, () => setLocked(true));

  return locked ? <LockScreen minutes={idleMinutes} onUnlocked={() => setLocked(false)} /> : null;
}

function LockScreen({ minutes, onUnlocked }: { minutes: number; onUnlocked: () => void }) {
  const { t, locale } = useI18n();
  const { user, signOut } = useAuth();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  // A sign-in as the same account: failures count towards its lockout and are audited like any.
  async function unlock({ password }: { password: string }) {
    setBusy(true);
    setError(null);
    try {
      const { session } = await call('auth:login', { username: user.username, password });
      // The session from before the lock ends; the new one carries on.
      await call('auth:logout', {}).catch(() => undefined);
      setSessionToken(session);
      onUnlocked();
    } catch (cause) {
      setError(cause);
      setBusy(false);
    }
  }

  return (
    <div className="lock-screen" role="dialog" aria-modal="true" aria-labelledby="lock-title" data-testid="lock-screen">
      <Card className="auth-card">
        <Typography.Title level={4} id="lock-title">
          {t('lock.title')}
        </Typography.Title>
        <Typography.Paragraph>{t('lock.detail', { minutes, name: user.displayName })}</Typography.Paragraph>
        {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 16 }} />}
        <Form name="unlock" layout="vertical" requiredMark={false} onFinish={(v: { password: string }) => void unlock(v)}>
          <Form.Item name="password" label={t('lock.password')} rules={[{ required: true, message: t('form.required', { field: t('lock.password') }) }]}>
            <Input.Password autoFocus autoComplete="current-password" />
          </Form.Item>
          <div className="modal-actions">
            <Button onClick={() => void signOut()}>{t('lock.signOut')}</Button>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('lock.unlock')}
            </Button>
          </div>
        </Form>
      </Card>
    </div>
  );
}
