import { Tag } from 'antd';
import type { EvaluationRun } from '../../../contract/evaluation';
import { useI18n } from '../../i18n/use-i18n';

const COLORS: Record<EvaluationRun['status'], string> = { proposed: 'gold', approved: 'green', rejected: 'red' };

export function RunStatusTag({ status }: { status: EvaluationRun['status'] }) {
  const { t } = useI18n();
  return (
    <Tag color={COLORS[status]} data-testid="run-status">
      {t(`eval.status.${status}`)}
    </Tag>
  );
}
