import { describe, expect, it } from 'vitest';
import {
  allowedEvents, LIST_STATES, replay, transition, type Actor, type ListCase, type ListContext, type ListEvent,
} from '../../../src/core/lists';
import { SAMR_44 } from '../../../src/core/rules';
import {
  active, admin, allConditions, basis, calendar, consented, decided, noticed, officer, officer2, proposed, removalRequested, removed,
  reviewer, reviewer2, system, upper,
} from './fixtures';

const ctx: ListContext = { calendar };

function caseOf(history: readonly ListEvent[], c: ListContext = ctx): ListCase {
  const r = replay(history, c);
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
  return r.value.case;
}
function step(history: readonly ListEvent[], e: ListEvent, c: ListContext = ctx) {
  return transition(caseOf(history, c), e, c);
}
function codeOf(history: readonly ListEvent[], e: ListEvent, c: ListContext = ctx): string {
  const r = step(history, e, c);
  return r.ok ? 'ok' : r.error.code;
}

const objection = (on: string): ListEvent => ({ type: 'receive-objection', on, by: officer, hearing: true, documents: [{ title: '陈述申辩书' }] });
const decide = (on: string, by: Actor = reviewer, docNo: string | null = '决定〔2026〕1号'): ListEvent => ({ type: 'decide', on, by, ...(docNo !== null ? { docNo } : {}) });

/** Each fixture: a history, its state, and the steps offered to a reviewer (who is also staff) who did not propose — spelled out, not read from the code. */
const FIXTURES: [string, ListEvent[], string, string[]][] = [
  ['new', [], 'new', ['propose']],
  ['draft', proposed, 'draft', ['serve-notice', 'reject-proposal', 'withdraw']],
  ['notice served (county: consent needed)', noticed, 'notice-served', ['receive-objection', 'consent', 'reject-proposal', 'withdraw']],
  ['objection', [...noticed, objection('2026-02-24')], 'objection', ['verify-objection', 'withdraw']],
  ['heard', [...noticed, objection('2026-02-24'), { type: 'verify-objection', on: '2026-02-26', by: officer, outcome: 'upheld' }], 'heard', ['consent', 'reject-proposal', 'withdraw']],
  ['consented', consented, 'consented', ['decide', 'reject-proposal', 'withdraw']],
  ['decided', decided, 'decided', ['publish', 'withdraw']],
  ['active', active, 'active', ['request-early-removal', 'expire', 'withdraw']],
  ['removal requested', removalRequested, 'removal-requested', ['approve-removal', 'reject-removal', 'expire', 'withdraw']],
  ['removed', removed, 'removed', ['reinstate']],
  ['expired', [...active, { type: 'expire', on: '2029-02-25', by: system }], 'expired', []],
  ['withdrawn', [...active, { type: 'withdraw', on: '2026-06-01', by: reviewer, docNo: '（2026）湘0121行初5号' }], 'withdrawn', []],
  ['dropped', [...noticed, objection('2026-02-24'), { type: 'verify-objection', on: '2026-02-26', by: officer, outcome: 'accepted' }], 'dropped', []],
];

describe('black-list life cycle: states and offered steps', () => {
  it('covers every state', () => {
    expect(new Set(FIXTURES.map((f) => f[2]))).toEqual(new Set(LIST_STATES));
  });
  it.each(FIXTURES)('%s', (_name, history, state, offered) => {
    const c = caseOf(history);
    expect(c.state).toBe(state);
    expect(new Set(allowedEvents(c, reviewer2))).toEqual(new Set(offered));
  });
  it('offers an officer only the facts to record, never the decisions', () => {
    expect(allowedEvents(caseOf([]), officer)).toEqual(['propose']);
    expect(allowedEvents(caseOf(proposed), officer)).toEqual(['serve-notice']);
    expect(allowedEvents(caseOf(active), officer)).toEqual(['request-early-removal', 'expire']);
    expect(allowedEvents(caseOf(removalRequested), officer)).toEqual(['expire']);
  });
});

describe('separation of duties', () => {
  const byReviewer: ListEvent[] = [{ type: 'propose', on: '2026-02-02', by: reviewer, basis: basis({ authorityLevel: 'province' }) }, noticed[1] as ListEvent];
  it('refuses a proposer deciding their own proposal, whatever their role', () => {
    expect(codeOf(byReviewer, decide('2026-02-25', reviewer))).toBe('E_SELF_APPROVAL');
    expect(codeOf(byReviewer, decide('2026-02-25', reviewer2))).toBe('ok');
    expect(allowedEvents(caseOf(byReviewer), reviewer)).not.toContain('decide');
  });
  it('refuses the proposer consenting or rejecting, and the consenter deciding', () => {
    const byRevCounty: ListEvent[] = [{ ...byReviewer[0], basis: basis() } as ListEvent, noticed[1] as ListEvent];
    expect(codeOf(byRevCounty, { type: 'consent', on: '2026-02-25', by: reviewer, authority: '市局' })).toBe('E_SELF_APPROVAL');
    expect(codeOf(byRevCounty, { type: 'reject-proposal', on: '2026-02-25', by: reviewer, docNo: 'x' })).toBe('E_SELF_APPROVAL');
    expect(codeOf(consented, decide('2026-02-25', upper))).toBe('E_SELF_APPROVAL');
  });
  it('refuses decisions by an officer or an admin (reviewer role required)', () => {
    expect(codeOf(consented, decide('2026-02-25', officer2))).toBe('E_FORBIDDEN');
    expect(codeOf(consented, decide('2026-02-25', admin))).toBe('E_FORBIDDEN');
    expect(codeOf(noticed, { type: 'consent', on: '2026-02-25', by: officer2, authority: '市局' })).toBe('E_FORBIDDEN');
    expect(codeOf([], { type: 'propose', on: '2026-02-02', by: system, basis: basis() })).toBe('E_FORBIDDEN');
  });
  it('refuses whoever recorded an early-removal application deciding it', () => {
    const recordedByReviewer: ListEvent[] = [...active, { type: 'request-early-removal', on: '2027-02-25', by: reviewer2, conditions: allConditions() }];
    expect(codeOf(recordedByReviewer, { type: 'approve-removal', on: '2027-03-01', by: reviewer2, docNo: 'x' })).toBe('E_SELF_APPROVAL');
    expect(codeOf(recordedByReviewer, { type: 'reject-removal', on: '2027-03-01', by: reviewer2, docNo: 'x' })).toBe('E_SELF_APPROVAL');
    expect(codeOf(recordedByReviewer, { type: 'approve-removal', on: '2027-03-01', by: reviewer, docNo: 'x' })).toBe('ok');
  });
});

describe('notice window across Spring Festival 2026 (served 02-10, 5 working days → 02-24)', () => {
  it('accepts an objection on the last day and refuses it the day after', () => {
    expect(codeOf(noticed, objection('2026-02-24'))).toBe('ok');
    expect(codeOf(noticed, objection('2026-02-25'))).toBe('E_LIST_DEADLINE');
  });
  it('refuses a decision inside the window and allows it the day after', () => {
    const c: ListContext = { calendar, ruleSets: [{ ...SAMR_44, upperLevelConsent: [] }] };
    expect(codeOf(noticed, decide('2026-02-24'), c)).toBe('E_LIST_DEADLINE');
    expect(codeOf(noticed, decide('2026-02-25'), c)).toBe('ok');
  });
  it('allows a decision as soon as the objection is verified', () => {
    const heard: ListEvent[] = [...noticed, objection('2026-02-12'), { type: 'verify-objection', on: '2026-02-13', by: officer, outcome: 'upheld' },
      { type: 'consent', on: '2026-02-13', by: upper, authority: '市局' }];
    expect(codeOf(heard, decide('2026-02-14'))).toBe('ok');
  });
});

describe('notice window across National Day 2025 (served 09-26 → 10-10; 09-28 and 10-11 are 调休 working days)', () => {
  const served: ListEvent[] = [{ type: 'propose', on: '2025-09-20', by: officer, basis: basis() }, { type: 'serve-notice', on: '2025-09-26', by: officer, docNo: 'g' }];
  it('counts 09-28 and skips 10-01…08', () => {
    expect(codeOf(served, objection('2025-10-10'))).toBe('ok');
    expect(codeOf(served, objection('2025-10-11'))).toBe('E_LIST_DEADLINE');
  });
});

describe('upper-level consent (a switch: the 2025 draft drops it)', () => {
  it('requires consent for a county decision under Order 44', () => {
    const r = step(noticed, decide('2026-02-25'));
    expect(r.ok ? '' : r.error.code).toBe('E_LIST_TRANSITION');
  });
  it('needs no consent for a provincial decision, and refuses a consent step there', () => {
    const prov: ListEvent[] = [{ type: 'propose', on: '2026-02-02', by: officer, basis: basis({ authorityLevel: 'province' }) }, noticed[1] as ListEvent];
    expect(codeOf(prov, { type: 'consent', on: '2026-02-25', by: upper, authority: '总局' })).toBe('E_LIST_TRANSITION');
    expect(codeOf(prov, decide('2026-02-25'))).toBe('ok');
  });
  it('switched off, a county decides alone', () => {
    const c: ListContext = { calendar, ruleSets: [{ ...SAMR_44, upperLevelConsent: [] }] };
    expect(allowedEvents(caseOf(noticed, c), reviewer2, c)).toContain('decide');
    expect(codeOf(noticed, { type: 'consent', on: '2026-02-25', by: upper, authority: '市局' }, c)).toBe('E_LIST_TRANSITION');
  });
});

describe('content of the steps', () => {
  it('refuses a proposal without linked penalties or with an Art 12 factor left blank', () => {
    expect(codeOf([], { type: 'propose', on: '2026-02-02', by: officer, basis: basis({ penaltyRecordIds: [] }) })).toBe('E_LIST_BASIS');
    const art12 = { malice: '有', frequency: '', duration: '8 个月', amount: '120 万元' };
    const r = step([], { type: 'propose', on: '2026-02-02', by: officer, basis: basis({ art12 }) });
    expect(r.ok ? '' : r.error.message).toContain('违法频次');
  });
  it('refuses the black-list life cycle for a red list, and new legacy quality-blacklist entries under Order 44', () => {
    expect(codeOf([], { type: 'propose', on: '2026-02-02', by: officer, basis: basis({ listType: 'red' }) })).toBe('E_LIST_TYPE_UNKNOWN');
    expect(codeOf([], { type: 'propose', on: '2026-02-02', by: officer, basis: basis({ listType: 'quality-blacklist' }) })).toBe('E_RULESET_NONE');
  });
  it('refuses a decision without its document number', () => {
    expect(codeOf(consented, decide('2026-02-25', reviewer, null))).toBe('E_LIST_DOCUMENT');
  });
  it('refuses malformed steps and steps out of date order', () => {
    expect(codeOf([], { type: 'propose', on: '2026-02-30', by: officer, basis: basis() })).toBe('E_VALIDATION');
    expect(codeOf(noticed, objection('2026-02-09'))).toBe('E_LIST_DATE_ORDER');
    expect(codeOf(noticed, objection('2026-02-12'), { calendar, today: '2026-02-11' })).toBe('E_LIST_DATE_ORDER');
  });
  it('refuses steps the state does not admit', () => {
    expect(codeOf(proposed, { type: 'publish', on: '2026-02-03', by: officer })).toBe('E_LIST_TRANSITION');
    expect(codeOf(removed, { type: 'withdraw', on: '2027-04-01', by: reviewer, docNo: 'x' })).toBe('E_LIST_TRANSITION');
    expect(codeOf(active, { type: 'reinstate', on: '2027-04-01', by: reviewer, docNo: 'x', documents: [{ title: 'f' }] })).toBe('E_LIST_TRANSITION');
  });
});
