import { isRealDate } from '../records/fields';
import { messageFor } from '../shared/errors';
import { err, ok, type Result } from '../shared/result';
import { DEFAULT_RULE_SETS } from './defaults';
import type { RuleKind, RuleSet, RuleSetOf } from './schema';

/** What a case shows of the rules it was judged by. */
export type RuleSetRef = { id: string; label: string; sources: string[]; unconfirmed: boolean };

/** @example describeRuleSet(SAMR_44).id // 'samr-44-2021' */
export function describeRuleSet(set: RuleSet): RuleSetRef {
  return {
    id: set.id,
    label: set.label.zh,
    sources: set.sources.map((s) => s.title),
    unconfirmed: set.sources.some((s) => !s.confirmed),
  };
}

/**
 * The rule set of `kind` in force on `date` (the date that matters for the case: the listing
 * decision, the penalty decision). Periods are inclusive at both ends. Overlapping sets of one
 * kind are a configuration error; the later `effectiveFrom` wins, so a newly added rule pack
 * takes over from its start date without editing the old one.
 *
 * @example ruleSetFor('blacklist', '2021-08-31') // ok: saic-83-2015
 * @example ruleSetFor('blacklist', '2021-09-01') // ok: samr-44-2021
 */
export function ruleSetFor<K extends RuleKind>(kind: K, date: string, table: readonly RuleSet[] = DEFAULT_RULE_SETS): Result<RuleSetOf<K>> {
  if (!isRealDate(date)) return err({ code: 'E_VALIDATION', message: `日期：“${date}”不是 YYYY-MM-DD 格式的真实日期`, details: { field: 'date' } });
  let best: RuleSetOf<K> | null = null;
  for (const set of table) {
    if (set.kind !== kind) continue;
    if (date < set.effectiveFrom || (set.effectiveTo !== null && date > set.effectiveTo)) continue;
    if (best === null || set.effectiveFrom > best.effectiveFrom) best = set as RuleSetOf<K>;
  }
  if (best === null) {
    return err({ code: 'E_RULESET_NONE', message: `${messageFor('E_RULESET_NONE')}：${kind}，${date}`, details: { kind, date } });
  }
  return ok(best);
}

/** A rule set by id, for a case that stored which rules judged it. @example ruleSetById('samr-44-2021') */
export function ruleSetById(id: string, table: readonly RuleSet[] = DEFAULT_RULE_SETS): RuleSet | null {
  return table.find((s) => s.id === id) ?? null;
}
