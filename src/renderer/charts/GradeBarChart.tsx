import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { gradeColor, type GradeCount } from '../lib/grades';
import './charts.css';

type Props = { counts: readonly GradeCount[]; height?: number; label: string };

/**
 * How many enterprises got each grade. Animation is off: officers compare these charts side by
 * side and print them, and a bar caught mid-growth would misstate the count.
 */
export function GradeBarChart({ counts, height = 240, label }: Props) {
  const data = counts.map((c) => ({ grade: c.grade, count: c.count }));
  return (
    <figure className="chart" aria-label={label} data-testid="grade-chart">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} margin={{ top: 20, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="grade" />
          <YAxis allowDecimals={false} width={48} />
          <Tooltip />
          <Bar dataKey="count" name={label} isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.grade} fill={gradeColor(d.grade)} />
            ))}
            <LabelList dataKey="count" position="top" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
