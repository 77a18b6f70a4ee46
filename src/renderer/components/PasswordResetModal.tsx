import { useState } from 'react';
import { Alert, Button, Form, Modal, Typography } from 'antd';
import type { User } from '../../contract';
import { errorText } from '../api/api-error';
import { call } from '../api/client';
import { useI18n } from '../i18n/use-i18n';
import { PasswordFields } from './PasswordFields';

type Values = { password: string; confirm: string };

/** An administrator sets a new password for someone (users:reset-password: audited, ends their sessions, lifts a lock). */
export function PasswordResetModal({ user, onClose, onDone }: { user: User | null; onClose: () => void; onDone: (user: User) => void }) {
  const { t, locale } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit({ password }: Values) {
    if (!user) return;
    setBusy(true);
    setError(null);
    try {
      onDone(await call('users:reset-password', { id: user.id, password }));
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open={user !== null} title={user ? t('users.resetTitle', { name: user.displayName }) : ''} footer={null} onCancel={onClose} destroyOnHidden mask={{ closable: false }}>
      <Typography.Paragraph type="secondary">{t('users.resetDetail')}</Typography.Paragraph>
      <Form<Values> name="password-reset" layout="vertical" onFinish={(v) => void submit(v)} aria-label={t('users.resetPassword')}>
        <PasswordFields name="password" label={t('users.newPassword')} />
        {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginBottom: 12 }} />}
        <div className="modal-actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('users.resetPassword')}
          </Button>
        </div>
      </Form>
    </Modal>
  );
}
