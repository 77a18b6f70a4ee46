import type { CreditRecord, Severity } from '../records/record';

/**
 * What the publicity rules need to know of a penalty. Sector is not a 双公示 field: the caller
 * states it (from the product category or the penalty's legal basis), or it is left out.
 */
export type PenaltyFacts = {
  /** 处罚类别 (CF_CFLB), in the words of 行政处罚法 Art 9. */
  types: readonly string[];
  /** CF_NR_FK in 万元 as a decimal string. */
  fineWanYuan?: string | undefined;
  /** Whom the thresholds for a 较低数额罚款 are for. */
  party?: 'person' | 'organisation' | undefined;
  procedure?: 'simple' | 'ordinary' | undefined;
  severity?: Severity | null | undefined;
  /** e.g. 'food', 'drug', 'special-equipment'. */
  sector?: string | undefined;
  /** The record's repairable flag: false bars early stop whatever the class. */
  repairable?: boolean | undefined;
  /** End of a legal restriction (限制从业 …) longer than the term, if any (its first free day). */
  restrictionEndsOn?: string | null | undefined;
  /** Date of publication, when the rule set counts from it. */
  publishedOn?: string | null | undefined;
};

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * Reads the facts off a penalty record (`details` as `PenaltyDetailsSchema` outputs it). A natural
 * person (自然人) gets the person threshold; an 个体工商户 is counted as an organisation (✖: the
 * provinces differ, so pass `party` explicitly where the local rule says otherwise).
 *
 * @example penaltyFactsOf(record, { sector: 'food' }).types // ['罚款']
 */
export function penaltyFactsOf(record: CreditRecord, extra: Partial<PenaltyFacts> = {}): PenaltyFacts {
  const d = record.details;
  const types = Array.isArray(d['CF_CFLB']) ? d['CF_CFLB'].filter((t): t is string => typeof t === 'string') : [];
  const procedure = d['procedure'] === 'simple' || d['procedure'] === 'ordinary' ? d['procedure'] : undefined;
  return {
    types,
    fineWanYuan: str(d['CF_NR_FK']),
    party: d['CF_XDR_LB'] === '自然人' ? 'person' : 'organisation',
    procedure,
    severity: record.severity,
    repairable: d['repairable'] !== false,
    ...extra,
  };
}

/**
 * Compares two non-negative decimal amounts exactly (money is never a float).
 *
 * @example compareDecimal('9.999999', '10') // -1
 */
export function compareDecimal(a: string, b: string): -1 | 0 | 1 {
  const scaled = (x: string): bigint => {
    const [int = '0', frac = ''] = x.trim().split('.');
    return BigInt(int + frac.padEnd(6, '0').slice(0, 6));
  };
  const d = scaled(a) - scaled(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}
