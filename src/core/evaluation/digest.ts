import { canonicalJson } from '../shared/canonical-json';
import type { ListEntryInput, EvaluationInput } from './types';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The canonical text of one enterprise's evaluation input, independent of the order in which
 * records, list entries and previous grades were read: hash it in the backend for a run's input
 * digest (e.g. a hash over the per-enterprise hashes in enterprise-id order).
 *
 * @example canonicalEvaluationInput(input) === canonicalEvaluationInput({ ...input, records: [...input.records].reverse() }) // true
 */
export function canonicalEvaluationInput(input: EvaluationInput): string {
  const entry = (e: ListEntryInput): string => canonicalJson(e);
  return canonicalJson({
    enterprise: input.enterprise,
    records: [...input.records].sort((a, b) => a.id - b.id),
    listEntries: input.listEntries.map(entry).sort(byText).map((s) => JSON.parse(s) as unknown),
    previousGrades: input.previousGrades.map((g) => canonicalJson(g)).sort(byText).map((s) => JSON.parse(s) as unknown),
  });
}
