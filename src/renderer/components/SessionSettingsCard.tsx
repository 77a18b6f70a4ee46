import { useState } from 'react';
import { Alert, App, Button, Card, Form, InputNumber } from 'antd';
import type { Settings } from '../../contract';
import { errorText } from '../api/api-error';
import { call } from '../api/client';
import { announceSettings } from '../auth/idle-lock-events';
import { useQuery } from '../hooks/use-query';
import { useI18n } from '../i18n/use-i18n';

/** The administrator's session settings: after how many idle minutes the app locks (settings:update, audited). */
export function SessionSettingsCard() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const { data } = useQuery('settings:get', {});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function save(values: Settings) {
    setBusy(true);
    setError(null);
    try {
      announceSettings(await call('settings:update', values));
      message.success(t('settings.saved'));
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={t('settings.title')} size="small" style={{ marginTop: 16 }} data-testid="session-settings">
      {data && (
        <Form<Settings> name="session-settings" layout="inline" initialValues={data} onFinish={(v) => void save(v)} aria-label={t('settings.title')}>
          <Form.Item name="idleLockMinutes" label={t('settings.idleLock')} extra={t('settings.idleLockHint')} rules={[{ required: true, message: t('form.required', { field: t('settings.idleLock') }) }]}>
            <InputNumber min={0} max={1440} precision={0} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('common.save')}
            </Button>
          </Form.Item>
        </Form>
      )}
      {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error, locale)} style={{ marginTop: 12 }} />}
    </Card>
  );
}
