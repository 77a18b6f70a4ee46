import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RunReport } from '../../contract/evaluation';
import './charts.css';

type Props = { bins: RunReport['histogram']; label: string; countLabel: string };

/** Scores in 10-point bins; the last bin includes 100. */
export function ScoreHistogram({ bins, label, countLabel }: Props) {
  const data = bins.map((b) => ({ bin: `${b.from}–${b.to}`, count: b.count }));
  return (
    <figure className="chart" aria-label={label} data-testid="score-histogram">
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={data} margin={{ top: 20, right: 12, bottom: 0, left: 0 }} barCategoryGap={2}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="bin" tick={{ fontSize: 12 }} interval={0} />
          <YAxis allowDecimals={false} width={48} />
          <Tooltip />
          <Bar dataKey="count" name={countLabel} fill="#597ef7" isAnimationActive={false}>
            <LabelList dataKey="count" position="top" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
