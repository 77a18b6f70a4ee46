import { useMemo } from 'react';
import { EvaluationModelShape } from '../../core/evaluation/model-schema';
import { useQuery } from './use-query';

export type ModelOutline = {
  name: string;
  grades: { grade: string; minScore: number; label?: string }[];
  dimensions: { id: string; label: string; weight: number }[];
  /** Every rule's label by id, to name the items of an explanation. */
  ruleLabels: ReadonlyMap<string, string>;
};

/**
 * The parts of a run's model the pages show (grade bands, dimension weights, rule labels). The
 * contract hands the model over as `unknown`; it is read with the model's own schema, and a model
 * that does not parse leaves `outline` undefined rather than guessing.
 */
export function useEvaluationModel(modelRowId: number | undefined): { outline: ModelOutline | undefined; error: unknown } {
  const { data, error } = useQuery('evaluation:model-get', modelRowId ? { id: modelRowId } : null);
  const outline = useMemo(() => {
    const parsed = EvaluationModelShape.safeParse(data?.model);
    if (!parsed.success) return undefined;
    const m = parsed.data;
    const ruleLabels = new Map<string, string>();
    for (const d of m.dimensions) for (const i of d.indicators) for (const r of i.rules) ruleLabels.set(r.id, r.label);
    for (const r of m.gradeRules) ruleLabels.set(r.id, r.label);
    return {
      name: m.name,
      grades: m.grades,
      dimensions: m.dimensions.map((d) => ({ id: d.id, label: d.label, weight: d.weight })),
      ruleLabels,
    };
  }, [data]);
  return { outline, error };
}
