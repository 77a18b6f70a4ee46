import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RunReport } from '../../contract/evaluation';
import { gradeColor, sharedPrefix, stackedRows } from '../lib/grades';
import './charts.css';

type Props = { groups: RunReport['byRegion']; grades: readonly string[]; label: string; testId: string };

/** Bars grow with the number of groups, so 5 cities and 40 industries both stay readable. */
const ROW = 26;

/** Grades per region or industry, one horizontal stacked bar per group, biggest group first. */
export function StackedGradeChart({ groups, grades, label, testId }: Props) {
  const total = (g: RunReport['byRegion'][number]) => g.counts.reduce((s, c) => s + c.count, 0);
  const sorted = [...groups].sort((a, b) => total(b) - total(a));
  const prefix = sharedPrefix(sorted.map((g) => g.label));
  const data = stackedRows(sorted.map((g) => ({ ...g, label: g.label.slice(prefix.length) })), grades);
  return (
    <figure className="chart" aria-label={label} data-testid={testId}>
      {prefix && <figcaption>{prefix}</figcaption>}
      <ResponsiveContainer width="100%" height={80 + ROW * Math.max(data.length, 1)}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={150} interval={0} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend itemSorter={null} />
          {grades.map((grade) => (
            <Bar key={grade} dataKey={grade} stackId="grades" fill={gradeColor(grade)} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
