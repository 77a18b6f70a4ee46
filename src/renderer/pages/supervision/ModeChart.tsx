import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SupervisionMode } from '../../../core/supervision/schema';
import { useI18n } from '../../i18n/use-i18n';
import { MODE_COLORS, modeLabel } from './labels';
import '../../charts/charts.css';

type Props = { counts: readonly { mode: SupervisionMode; count: number }[] };

/** Enterprises per supervision mode, lightest first; no animation, so a printed bar is never mid-growth. */
export function ModeChart({ counts }: Props) {
  const { t } = useI18n();
  const data = counts.map((c) => ({ mode: c.mode, label: modeLabel(c.mode, t), count: c.count }));
  return (
    <figure className="chart" aria-label={t('sup.chart')} data-testid="mode-chart">
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={data} margin={{ top: 20, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} width={48} />
          <Tooltip />
          <Bar dataKey="count" name={t('sup.chart')} isAnimationActive={false}>
            {data.map((d) => <Cell key={d.mode} fill={MODE_COLORS[d.mode]} />)}
            <LabelList dataKey="count" position="top" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
