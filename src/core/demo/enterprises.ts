import { orgCodeCheckChar } from '../identifiers/org-code';
import { usccCheckChar } from '../identifiers/uscc';
import type { EnterpriseFields, EnterpriseStatus } from '../enterprises/enterprise';
import { createRandom } from './random';
import {
  GIVEN_NAME_CHARS, INDUSTRY_WORDS, LEGAL_FORMS, ROADS, SOLE_TRADER_FORMS, SURNAMES, TRADE_NAME_CHARS,
} from './names';

/** A county-level region to register demo firms in, with the names used to build addresses. */
export type DemoRegion = { code: string; province: string; city: string; county: string; cityShort: string };

export type DemoOptions = { seed: string; regions: readonly DemoRegion[] };

const ORG_SPACE = 100_000_000;

/**
 * An affine permutation of 0..10^8-1 drawn from the seed: the i-th firm gets a distinct
 * organization code without a lookup table, so a million firms never collide.
 */
function orgBodyPermutation(seed: string): (i: number) => string {
  const r = createRandom(`${seed}/org`);
  let a = 1 + 2 * r.int(ORG_SPACE / 2);
  if (a % 5 === 0) a += 2;
  const b = r.int(ORG_SPACE);
  return (i) => String((Number((BigInt(a) * BigInt(i)) % BigInt(ORG_SPACE)) + b) % ORG_SPACE).padStart(8, '0');
}

function pickStatus(x: number): EnterpriseStatus {
  if (x < 0.9) return 'active';
  if (x < 0.95) return 'cancelled';
  if (x < 0.98) return 'revoked';
  return 'moved_out';
}

/**
 * Generates the i-th demo enterprise of a seed. Deterministic and independent per index, so
 * generation can be chunked, resumed or parallelised and still give the same rows.
 *
 * @example const gen = demoEnterpriseGenerator({ seed: '1', regions }); gen(0).uscc
 */
export function demoEnterpriseGenerator(options: DemoOptions): (i: number) => EnterpriseFields {
  if (options.regions.length === 0) throw new RangeError('demo needs at least one region');
  const orgBody = orgBodyPermutation(options.seed);
  const industries = Object.keys(INDUSTRY_WORDS);
  return (i) => {
    const r = createRandom(`${options.seed}/${i}`);
    const region = r.pick(options.regions);
    const soleTrader = r.next() < 0.08;
    const body = orgBody(i);
    const org = body + (orgCodeCheckChar(body) ?? '0');
    const first17 = (soleTrader ? '92' : '91') + region.code + org;
    const uscc = first17 + (usccCheckChar(first17) ?? '0');
    const industryCode = r.pick(industries);
    const trade = r.pick(TRADE_NAME_CHARS) + r.pick(TRADE_NAME_CHARS);
    const word = r.pick(INDUSTRY_WORDS[industryCode] ?? ['实业']);
    const form = soleTrader ? r.pick(SOLE_TRADER_FORMS) : r.pick(LEGAL_FORMS);
    const prefix = r.next() < 0.3 ? `${region.province.replace(/省|市$/, '')}` : region.cityShort;
    const given = r.pick(GIVEN_NAME_CHARS) + (r.next() < 0.7 ? r.pick(GIVEN_NAME_CHARS) : '');
    return {
      uscc,
      usccCheckAcknowledged: false,
      name: `${prefix}${trade}${word}${form}`,
      regionCode: region.code,
      industryCode,
      legalRepresentative: r.pick(SURNAMES) + given,
      address: `${region.province}${region.city}${region.county}${r.pick(ROADS)}${1 + r.int(999)}号`,
      status: pickStatus(r.next()),
    };
  };
}
