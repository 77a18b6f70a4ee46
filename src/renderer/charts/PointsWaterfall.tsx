import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Explanation } from '../../contract/evaluation';
import { gradeColor } from '../lib/grades';
import './charts.css';

const DIMENSION_COLORS = ['#1677ff', '#13c2c2', '#722ed1', '#eb2f96', '#fa541c'];
const ROW = 28;

type Labels = { label: string; earned: string; missed: string; total: string };
/** `points` is the backend's own text ("8.75 / 15.00"): the chart never rounds what it shows. */
type Step = { name: string; points: string; base: number; earned: number; missed: number; color: string };

/**
 * Each indicator's points as they count in the total: a dimension's indicator points are scaled to
 * its weight (the engine does the same; with the default model the factor is 1).
 */
function steps(e: Explanation, totalLabel: string): Step[] {
  const out: Step[] = [];
  let running = 0;
  e.dimensions.forEach((d, index) => {
    const inds = e.indicators.filter((i) => i.path.split('/')[0] === d.id);
    const sumMax = inds.reduce((s, i) => s + Number(i.maxPoints), 0);
    const factor = sumMax === 0 ? 0 : Number(d.weight) / sumMax;
    for (const i of inds) {
      const earned = Math.round(Number(i.points) * factor * 100) / 100;
      const missed = Math.round((Number(i.maxPoints) - Number(i.points)) * factor * 100) / 100;
      out.push({ name: i.label, points: `${i.points} / ${i.maxPoints}`, base: running, earned, missed, color: DIMENSION_COLORS[index % DIMENSION_COLORS.length] ?? '#1677ff' });
      running += earned;
    }
  });
  out.push({ name: totalLabel, points: e.score, base: 0, earned: Number(e.score), missed: 0, color: gradeColor(e.grade) });
  return out;
}

/**
 * 指标得分瀑布图: from 0 up to the score, one step per indicator, with the points it could have
 * earned but did not in a pale segment — where a score was lost is what people ask about first.
 */
export function PointsWaterfall({ explanation, labels }: { explanation: Explanation; labels: Labels }) {
  const data = steps(explanation, labels.total);
  return (
    <figure className="chart" aria-label={labels.label} data-testid="points-waterfall">
      <ResponsiveContainer width="100%" height={60 + ROW * data.length}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 8, bottom: 0, left: 8 }} barCategoryGap={4}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} />
          <YAxis yAxisId="names" type="category" dataKey="name" width={210} interval={0} tick={{ fontSize: 12 }} />
          {/* The points as a column on the right: a label on a zero-width bar would not be drawn. */}
          <YAxis yAxisId="points" orientation="right" type="category" dataKey="points" width={96} interval={0} tick={{ fontSize: 12 }} axisLine={false} tickLine={false} />
          <Tooltip formatter={(value, name) => (name === 'base' ? [null, null] : [value, name])} />
          <Legend itemSorter={null} />
          <Bar yAxisId="names" dataKey="base" stackId="w" fill="transparent" isAnimationActive={false} legendType="none" />
          <Bar yAxisId="names" dataKey="earned" name={labels.earned} stackId="w" fill="#1677ff" isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.name} fill={d.color} />
            ))}
          </Bar>
          <Bar yAxisId="names" dataKey="missed" name={labels.missed} stackId="w" fill="#ffccc7" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
