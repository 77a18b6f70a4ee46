import type { RiskGrade, SupervisionMode } from '../../../core/supervision/schema';
import type { Translate } from '../../i18n/translate';

export const MODE_COLORS: Record<SupervisionMode, string> = {
  credit: '#52c41a', responsibility: '#1677ff', normal: '#faad14', strict: '#f5222d',
};

export const modeLabel = (mode: SupervisionMode, t: Translate): string => t(`sup.mode.${mode}`);
export const riskLabel = (risk: RiskGrade | null, t: Translate): string => (risk === null ? '—' : t(`sup.risk.${risk}`));
export const gradeText = (grade: string | null, t: Translate): string => grade ?? t('sup.ungraded');
