import { Tag } from 'antd';
import type { EnterpriseStatus } from '../../core/enterprises/enterprise';
import { useI18n } from '../i18n/use-i18n';
import { STATUS_COLORS, statusLabel } from '../lib/labels';

export function StatusTag({ status }: { status: EnterpriseStatus }) {
  const { locale } = useI18n();
  return <Tag color={STATUS_COLORS[status]}>{statusLabel(status, locale)}</Tag>;
}
