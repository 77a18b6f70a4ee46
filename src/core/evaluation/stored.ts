import type { EvaluationModel } from './model';
import { formatPoints, toHundredths } from './points';
import type { EnterpriseEvaluation, IndicatorItem, IndicatorResult } from './types';

/** What a stored result keeps besides score and grades: everything `evaluation:explain` shows. */
export type StoredExplanation = Pick<EnterpriseEvaluation, 'validTo' | 'dimensions' | 'indicators' | 'gatesFailed' | 'caps' | 'vetoes'>;

/** An indicator without what the model says of it: points, record ids, items as [ruleId, recordId, points], notes. */
type CompactIndicator = [points: string, recordIds: number[], items: [string, number | null, string][], notes: string[]];

/**
 * Format 2. Each indicator and dimension is a tuple in the model's order, without its path,
 * label, maximum or weight: a run's model row never changes (a saved model is a new row), so
 * those come back from it. Stored that way a run writes about a third of the bytes, which at a
 * million enterprises is gigabytes. Gates, caps and vetoes keep their full form (they are rare,
 * and the run report reads `$.vetoes` in SQL).
 */
type CompactExplanation = {
  v: 2; validTo: string; dimensions: string[]; indicators: CompactIndicator[];
  gatesFailed: StoredExplanation['gatesFailed']; caps: StoredExplanation['caps']; vetoes: StoredExplanation['vetoes'];
};

const compactIndicator = (i: IndicatorResult): CompactIndicator =>
  [i.points, i.recordIds, i.items.map((x) => [x.ruleId, x.recordId, x.points]), i.notes];

/**
 * The text a run stores for one result.
 *
 * @example explanationOf(model, storedExplanationText(e)) // deep-equals e's validTo, dimensions, indicators, gates, caps and vetoes
 */
export function storedExplanationText(e: EnterpriseEvaluation): string {
  const stored: CompactExplanation = {
    v: 2, validTo: e.validTo, dimensions: e.dimensions.map((d) => d.points), indicators: e.indicators.map(compactIndicator),
    gatesFailed: e.gatesFailed, caps: e.caps, vetoes: e.vetoes,
  };
  return JSON.stringify(stored);
}

const isCompact = (x: unknown): x is CompactExplanation => typeof x === 'object' && x !== null && (x as { v?: unknown }).v === 2;

/**
 * A stored explanation as the engine gave it, from its text and the run's model. Results stored
 * before format 2 hold the whole explanation and are returned as they are. Throws when a compact
 * explanation does not fit the model (a damaged row): it would otherwise explain wrongly.
 *
 * @example explanationOf(model, row.explanation).indicators[0].label // '质量诚信承诺与年度报告'
 */
export function explanationOf(model: EvaluationModel, text: string): StoredExplanation {
  const x = JSON.parse(text) as unknown;
  if (!isCompact(x)) return x as StoredExplanation;
  const dimensions: StoredExplanation['dimensions'] = [];
  const indicators: StoredExplanation['indicators'] = [];
  for (const d of model.dimensions) {
    dimensions.push({ id: d.id, label: d.label, points: at(x.dimensions, dimensions.length, model), weight: formatPoints(toHundredths(d.weight)) });
    for (const i of d.indicators) {
      const [points, recordIds, items, notes] = at(x.indicators, indicators.length, model);
      indicators.push({
        path: `${d.id}/${i.id}`, label: i.label, points, maxPoints: formatPoints(toHundredths(i.maxPoints)), recordIds,
        items: items.map(([ruleId, recordId, p]): IndicatorItem => ({ ruleId, recordId, points: p })), notes,
      });
    }
  }
  if (x.dimensions.length !== dimensions.length || x.indicators.length !== indicators.length) throw misfit(model);
  return { validTo: x.validTo, dimensions, indicators, gatesFailed: x.gatesFailed, caps: x.caps, vetoes: x.vetoes };
}

const misfit = (model: EvaluationModel): Error => new Error(`stored explanation does not fit model ${model.id} v${model.version}`);

function at<T>(list: readonly T[], k: number, model: EvaluationModel): T {
  const v = list[k];
  if (v === undefined) throw misfit(model);
  return v;
}
