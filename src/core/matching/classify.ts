import { normaliseCode } from '../identifiers/normalise';
import { isValidOrgCode } from '../identifiers/org-code';
import { USCC_ALPHABET } from '../identifiers/uscc';
import { nameScore, type NameScore } from './score';

/** A firm as an incoming row or a dossier names it. */
export type MatchSubject = {
  name: string;
  uscc?: string | null;
  orgCode?: string | null;
  registrationNumber?: string | null;
  /** Address, 所在地 or 所在省: the tie-breaker. */
  place?: string | null;
};

export type MatchVerdict = 'sure' | 'candidate' | 'none';

export type MatchReason =
  | 'uscc-equal' | 'uscc-differ' | 'org-code-equal' | 'org-code-differ'
  | 'registration-number-equal' | 'registration-number-differ'
  | 'branch-vs-head-office' | 'name-equal' | 'name-similar' | 'name-differ';

export type MatchDecision = { verdict: MatchVerdict; reason: MatchReason; name: NameScore };

export type MatchPolicy = {
  /**
   * formats.md §5: a name-only match never links by itself. A workspace may allow an exact
   * normalised name in the same province to link; off unless set.
   */
  nameOnlyCanBeSure?: boolean;
  /** Name scores from here on are candidates for review. */
  candidateFrom?: number;
};

const DEFAULT_CANDIDATE_FROM = 0.6;

/** A well-formed USCC (check character aside: early pilot codes fail it and are legal). */
function usccOf(s: MatchSubject): string | null {
  const code = s.uscc ? normaliseCode(s.uscc) : '';
  return code.length === 18 && [...code].every((ch) => USCC_ALPHABET.includes(ch)) ? code : null;
}

/** The organization code: given, or embedded in the USCC at characters 9–17. */
function orgCodeOf(s: MatchSubject): string | null {
  const given = s.orgCode ? normaliseCode(s.orgCode) : '';
  if (isValidOrgCode(given)) return given;
  const embedded = usccOf(s)?.slice(8, 17) ?? '';
  return isValidOrgCode(embedded) ? embedded : null;
}

function registrationOf(s: MatchSubject): string | null {
  const code = s.registrationNumber ? normaliseCode(s.registrationNumber) : '';
  return /^\d{15}$/.test(code) ? code : null;
}

type IdentifierDecision = { verdict: MatchVerdict; reason: MatchReason } | null;

/** Identifiers decide when both sides have one of a kind: equal links, different never links. */
function byIdentifiers(a: MatchSubject, b: MatchSubject): IdentifierDecision {
  const ua = usccOf(a);
  const ub = usccOf(b);
  if (ua && ub) return ua === ub ? { verdict: 'sure', reason: 'uscc-equal' } : { verdict: 'none', reason: 'uscc-differ' };
  const oa = orgCodeOf(a);
  const ob = orgCodeOf(b);
  if (oa && ob) return oa === ob ? { verdict: 'sure', reason: 'org-code-equal' } : { verdict: 'none', reason: 'org-code-differ' };
  const ra = registrationOf(a);
  const rb = registrationOf(b);
  if (ra && rb) return ra === rb ? { verdict: 'sure', reason: 'registration-number-equal' } : { verdict: 'none', reason: 'registration-number-differ' };
  return null;
}

/**
 * Decides whether two subjects are the same firm (formats.md §5). Identifiers decide when both
 * sides carry one of the same kind, and a same-name pair with different USCCs never links.
 * Without identifiers the name decides at most "candidate" (a person reviews it); a branch
 * office is never its head office.
 *
 * @example classifyMatch({ name: '某某有限公司', uscc: '91350200776049653A' }, { name: '某某有限公司', uscc: '91440101MA5CJQ4N59' }).verdict // 'none'
 * @example classifyMatch({ name: '北京某某科技有限公司' }, { name: '某某（北京）科技有限公司' }).verdict // 'candidate'
 */
export function classifyMatch(a: MatchSubject, b: MatchSubject, policy: MatchPolicy = {}): MatchDecision {
  const name = nameScore(a.name, b.name, a.place, b.place);
  const ids = byIdentifiers(a, b);
  if (ids) return { ...ids, name };
  if (name.parts.branch === 0) return { verdict: 'none', reason: 'branch-vs-head-office', name };
  const equal = name.score >= 1 && name.parts.tradeName === 1;
  if (equal) {
    const sure = policy.nameOnlyCanBeSure === true && name.parts.place === 1;
    return { verdict: sure ? 'sure' : 'candidate', reason: 'name-equal', name };
  }
  if (name.score >= (policy.candidateFrom ?? DEFAULT_CANDIDATE_FROM) && name.parts.place !== 0) {
    return { verdict: 'candidate', reason: 'name-similar', name };
  }
  return { verdict: 'none', reason: 'name-differ', name };
}

/**
 * The subjects that could be `subject`, best first: sure matches, then candidates by name
 * score, ties broken by place (same province first). Subjects with verdict none are left out.
 *
 * @example rankMatches({ name: '长沙某某食品有限公司' }, dossiers)[0]?.index // the best dossier's index
 */
export function rankMatches(subject: MatchSubject, others: readonly MatchSubject[], policy: MatchPolicy = {}): (MatchDecision & { index: number })[] {
  const order = { sure: 0, candidate: 1, none: 2 } as const;
  return others
    .map((o, index) => ({ ...classifyMatch(subject, o, policy), index }))
    .filter((d) => d.verdict !== 'none')
    .sort((x, y) => order[x.verdict] - order[y.verdict] || y.name.score - x.name.score || y.name.parts.place - x.name.parts.place || x.index - y.index);
}

/**
 * The name-and-place score of two subjects, with its named parts for display.
 *
 * @example matchScore({ name: '廣東華興實業有限公司' }, { name: '广东华兴实业有限公司' }).score // 1
 */
export function matchScore(a: MatchSubject, b: MatchSubject): NameScore {
  return nameScore(a.name, b.name, a.place, b.place);
}
