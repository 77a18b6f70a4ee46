import { Tag } from 'antd';
import type { RecordOutcome } from '../../../core/records/record';
import { useI18n } from '../../i18n/use-i18n';
import { outcomeColor, outcomeLabel } from '../../lib/record-labels';

export function OutcomeTag({ outcome }: { outcome: RecordOutcome | null }) {
  const { locale } = useI18n();
  if (outcome === null) return null;
  return <Tag color={outcomeColor(outcome)}>{outcomeLabel(outcome, locale)}</Tag>;
}
