import type { EvaluationModel } from './model';
import { formatPoints, toHundredths } from './points';
import type { DimensionResult, EnterpriseEvaluation, IndicatorItem, IndicatorResult } from './types';

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

/** Rule ids as JSON strings, quoted once per id rather than once per item. */
const quotedIds = new Map<string, string>();
const quotedId = (id: string): string => {
  let q = quotedIds.get(id);
  if (q === undefined) quotedIds.set(id, (q = JSON.stringify(id)));
  return q;
};

/**
 * One indicator as a CompactIndicator's JSON, written directly: a million results would otherwise
 * each build a tree of tuples only to serialise it. Points are `formatPoints` text (digits, '-' and
 * '.'), record ids integers: neither needs escaping; notes do.
 */
function writeIndicator(i: IndicatorResult): string {
  let s = `["${i.points}",[${i.recordIds.join(',')}],[`;
  for (let k = 0; k < i.items.length; k++) {
    const x = i.items[k] as IndicatorItem;
    s += `${k === 0 ? '' : ','}[${quotedId(x.ruleId)},${x.recordId ?? 'null'},"${x.points}"]`;
  }
  s += '],[';
  for (let k = 0; k < i.notes.length; k++) s += (k === 0 ? '' : ',') + JSON.stringify(i.notes[k]);
  return `${s}]]`;
}

/**
 * The text a run stores for one result: a CompactExplanation, as JSON.stringify would write it.
 *
 * @example explanationOf(model, storedExplanationText(e)) // deep-equals e's validTo, dimensions, indicators, gates, caps and vetoes
 */
export function storedExplanationText(e: EnterpriseEvaluation): string {
  let s = `{"v":2,"validTo":${JSON.stringify(e.validTo)},"dimensions":[`;
  for (let k = 0; k < e.dimensions.length; k++) s += `${k === 0 ? '' : ','}"${(e.dimensions[k] as DimensionResult).points}"`;
  s += '],"indicators":[';
  for (let k = 0; k < e.indicators.length; k++) s += (k === 0 ? '' : ',') + writeIndicator(e.indicators[k] as IndicatorResult);
  return `${s}],"gatesFailed":${JSON.stringify(e.gatesFailed)},"caps":${JSON.stringify(e.caps)},"vetoes":${JSON.stringify(e.vetoes)}}`;
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
