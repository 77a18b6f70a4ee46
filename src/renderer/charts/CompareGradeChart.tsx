import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { countOf, gradeOrder, type GradeCount } from '../lib/grades';
import './charts.css';

type Props = { before: readonly GradeCount[]; after: readonly GradeCount[]; beforeLabel: string; afterLabel: string; label: string };

/** Two distributions side by side per grade (what-if: the run as approved, and as tried). */
export function CompareGradeChart({ before, after, beforeLabel, afterLabel, label }: Props) {
  const data = gradeOrder([before, after]).map((grade) => ({ grade, before: countOf(before, grade), after: countOf(after, grade) }));
  return (
    <figure className="chart" aria-label={label} data-testid="compare-chart">
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data} margin={{ top: 20, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="grade" />
          <YAxis allowDecimals={false} width={48} />
          <Tooltip />
          <Legend itemSorter={null} />
          <Bar dataKey="before" name={beforeLabel} fill="#bfbfbf" isAnimationActive={false}>
            <LabelList dataKey="before" position="top" />
          </Bar>
          <Bar dataKey="after" name={afterLabel} fill="#1677ff" isAnimationActive={false}>
            <LabelList dataKey="after" position="top" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
