import { Tag } from 'antd';
import type { RecordEffect } from '../../../core/records/record';
import { useI18n } from '../../i18n/use-i18n';
import { EFFECT_COLORS, effectLabel } from '../../lib/record-labels';

/** 负面 / 正面 / 中性, coloured as officers expect. */
export function EffectTag({ effect }: { effect: RecordEffect }) {
  const { t } = useI18n();
  return <Tag color={EFFECT_COLORS[effect]}>{effectLabel(effect, t)}</Tag>;
}
