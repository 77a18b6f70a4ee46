import { useState } from 'react';
import { Alert, Button, Input, Space } from 'antd';
import { useAuth } from '../../auth/use-auth';
import { useI18n } from '../../i18n/use-i18n';
import { formatLocaleDateTime } from '../../lib/format';

type Props = { expiresAt: string | null; busy: boolean; onOverride: (reason: string) => void };

/**
 * formats.md §4: an expired package is refused unless a reviewer overrides with a recorded
 * reason. A reviewer or administrator writes the reason (kept in the audit row) and the package is
 * checked again with it; an officer is told who may.
 */
export function ExpiredOverride({ expiresAt, busy, onOverride }: Props) {
  const { t, locale } = useI18n();
  const { user } = useAuth();
  const [reason, setReason] = useState('');
  const at = expiresAt ? formatLocaleDateTime(expiresAt, locale) : '—';
  if (user.role === 'officer') return <Alert type="info" showIcon style={{ marginBottom: 16 }} data-testid="ex-expired-officer" title={t('ex.expiredOfficer', { at })} />;
  const ok = reason.trim().length >= 2;
  return (
    <Alert type="warning" showIcon style={{ marginBottom: 16 }} data-testid="ex-expired-override" title={t('ex.expiredTitle', { at })}
      description={<Space direction="vertical" style={{ width: '100%' }}>
        <span>{t('ex.expiredLead')}</span>
        <Input.TextArea aria-label={t('ex.expiredReason')} placeholder={t('ex.expiredReason')} rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
        <Button disabled={!ok} loading={busy} onClick={() => onOverride(reason.trim())}>{t('ex.expiredRecheck')}</Button>
      </Space>} />
  );
}
