import { useState } from 'react';
import { App, Button, InputNumber, Space } from 'antd';
import { errorText } from '../../api/api-error';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/use-i18n';

/** The administrator's setting: after how many days without a package a partner's stream is flagged. */
export function SilenceSetting({ days, onSaved }: { days: number; onSaved: () => void }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [value, setValue] = useState<number | null>(days);
  const [busy, setBusy] = useState(false);

  async function save(silenceDays: number) {
    setBusy(true);
    try {
      const saved = await call('exchange:set-silence', { silenceDays });
      message.success(t('ex.silenceSaved', { days: saved.silenceDays }));
      onSaved();
    } catch (cause) {
      message.error(errorText(cause, locale));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space.Compact>
      <InputNumber min={1} max={3650} precision={0} value={value} onChange={setValue} aria-label={t('ex.setSilence')} prefix={t('ex.setSilence')} style={{ width: 220 }} />
      <Button loading={busy} disabled={value === null || value === days} onClick={() => value !== null && void save(value)}>{t('common.save')}</Button>
    </Space.Compact>
  );
}
