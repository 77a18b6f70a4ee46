import { describe, expect, it } from 'vitest';
import { allowedEvents, replay, transition, type ListCase, type ListContext, type ListEvent } from '../../../src/core/lists';
import { SAMR_44 } from '../../../src/core/rules';
import {
  active, allConditions, basis, calendar, decided, evidence, noticed, officer, removalRequested, removed, reviewer, reviewer2, system, upper,
  wideCalendar,
} from './fixtures';

const ctx: ListContext = { calendar };
function run(history: readonly ListEvent[], c: ListContext = ctx) {
  const r = replay(history, c);
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
  return r.value;
}
const caseOf = (h: readonly ListEvent[], c: ListContext = ctx): ListCase => run(h, c).case;
function codeOf(history: readonly ListEvent[], e: ListEvent, c: ListContext = ctx): string {
  const r = transition(caseOf(history, c), e, c);
  return r.ok ? 'ok' : r.error.code;
}

describe('decision and publication (20 working days after 2026-02-25 → 2026-03-24)', () => {
  it('fixes the rule set and the term at the decision', () => {
    const c = caseOf(decided);
    expect(c).toMatchObject({ ruleSetId: 'samr-44-2021', decisionDocNo: '长县市监列严〔2026〕1号', termFrom: '2026-02-25', expiresOn: '2029-02-25', earlyRemovalFrom: '2027-02-25' });
  });
  it('publishes on the last day without a warning, a day later with one (an agency act stands when late)', () => {
    expect(run(active).warnings).toEqual([]);
    const late = run([...decided, { type: 'publish', on: '2026-03-25', by: officer }]);
    expect(late.case.state).toBe('active');
    expect(late.warnings.map((w) => [w.code, w.due])).toEqual([['LATE_PUBLICATION', '2026-03-24']]);
  });
});

describe('early removal (≥ 1 year listed, three conditions with evidence, no longer restriction)', () => {
  const request = (on: string, conditions = allConditions()): ListEvent => ({ type: 'request-early-removal', on, by: officer, conditions });
  it('is refused the day before the first anniversary and accepted on it', () => {
    expect(codeOf(active, request('2027-02-24'))).toBe('E_LIST_DEADLINE');
    expect(codeOf(active, request('2027-02-25'))).toBe('ok');
  });
  it('is refused when a condition is not met or has no evidence', () => {
    expect(codeOf(active, request('2027-03-01', { ...allConditions(), harmRemoved: { met: false, evidence: evidence() } }))).toBe('E_LIST_REMOVAL_CONDITIONS');
    expect(codeOf(active, request('2027-03-01', { ...allConditions(), obligationsPerformed: { met: true, evidence: [] } }))).toBe('E_LIST_REMOVAL_CONDITIONS');
  });
  it('is refused while a longer legal restriction runs, and the restriction then sets the expiry', () => {
    const restricted: ListEvent[] = [{ ...active[0], basis: basis({ restrictionEndsOn: '2030-06-01' }) } as ListEvent, ...active.slice(1)];
    const c = caseOf(restricted);
    expect(c.expiresOn).toBe('2030-06-01');
    expect(c.earlyRemovalFrom).toBe('2030-06-01');
    expect(codeOf(restricted, request('2028-03-01'))).toBe('E_LIST_RESTRICTION_RUNNING');
    expect(codeOf(restricted, request('2030-06-01'))).toBe('ok');
    expect(codeOf(restricted, { type: 'expire', on: '2029-02-25', by: system })).toBe('E_LIST_DEADLINE');
  });
  it('is decided within 15 working days or with a warning; a rejection returns the entry to active', () => {
    expect(run(removed).warnings).toEqual([]);
    const late = run([...removalRequested, { type: 'approve-removal', on: '2027-04-01', by: reviewer, docNo: 'x' }]);
    expect(late.warnings[0]?.code).toBe('LATE_REMOVAL_DECISION');
    expect(caseOf([...removalRequested, { type: 'reject-removal', on: '2027-03-05', by: reviewer, docNo: 'y' }]).state).toBe('active');
  });
  it('does not exist under Order 83', () => {
    const wide: ListContext = { calendar: wideCalendar };
    const old: ListEvent[] = [
      { type: 'propose', on: '2021-08-02', by: officer, basis: basis() },
      { type: 'serve-notice', on: '2021-08-03', by: officer, docNo: 'g' },
      { type: 'decide', on: '2021-08-31', by: reviewer, docNo: 'd' },
      { type: 'publish', on: '2021-09-10', by: officer },
    ];
    expect(caseOf(old, wide)).toMatchObject({ ruleSetId: 'saic-83-2015', expiresOn: '2026-08-31', earlyRemovalFrom: null });
    expect(codeOf(old, request('2023-01-01'), wide)).toBe('E_LIST_TRANSITION');
  });
});

describe('rule set chosen by the decision date (Order 83 until 2021-08-31, Order 44 from 2021-09-01)', () => {
  const wide: ListContext = { calendar: wideCalendar };
  const served: ListEvent[] = [
    { type: 'propose', on: '2021-08-02', by: officer, basis: basis() },
    { type: 'serve-notice', on: '2021-08-03', by: officer, docNo: 'g' },
  ];
  it('a county decision on 08-31 needs no consent and runs 5 years', () => {
    const r = transition(caseOf(served, wide), { type: 'decide', on: '2021-08-31', by: reviewer, docNo: 'd' }, wide);
    expect(r.ok && r.value.case.expiresOn).toBe('2026-08-31');
  });
  it('on 09-01 the county needs consent (Order 44), and with it the term is 3 years', () => {
    expect(codeOf(served, { type: 'decide', on: '2021-09-01', by: reviewer, docNo: 'd' }, wide)).toBe('E_LIST_TRANSITION');
    const withConsent: ListEvent[] = [...served, { type: 'consent', on: '2021-09-01', by: upper, authority: '市局' }];
    const r = transition(caseOf(withConsent, wide), { type: 'decide', on: '2021-09-01', by: reviewer, docNo: 'd' }, wide);
    expect(r.ok && r.value.case).toMatchObject({ ruleSetId: 'samr-44-2021', expiresOn: '2024-09-01' });
    expect(r.ok && r.value.warnings.map((w) => w.code)).toEqual(['RULE_SET_CHANGED']);
  });
  it('offers consent rather than the decision when asked for a date under Order 44', () => {
    const c = caseOf(served, wide);
    expect(allowedEvents(c, reviewer2)).toContain('decide');
    expect(allowedEvents(c, reviewer2, { on: '2021-09-01' })).toEqual(expect.arrayContaining(['consent']));
    expect(allowedEvents(c, reviewer2, { on: '2021-09-01' })).not.toContain('decide');
  });
});

describe('automatic expiry, withdrawal, reinstatement', () => {
  it('expires on the third anniversary of the decision, not the day before', () => {
    expect(codeOf(active, { type: 'expire', on: '2029-02-24', by: system })).toBe('E_LIST_DEADLINE');
    expect(codeOf(active, { type: 'expire', on: '2029-02-25', by: system })).toBe('ok');
    expect(codeOf(removalRequested, { type: 'expire', on: '2029-02-25', by: system })).toBe('ok');
  });
  it('is withdrawn when the penalty is annulled, at any stage before removal', () => {
    const annul = (on: string): ListEvent => ({ type: 'withdraw', on, by: reviewer, docNo: '（2026）湘01行终9号' });
    for (const h of [noticed, decided, active, removalRequested]) expect(codeOf(h, annul('2027-03-01'))).toBe('ok');
    expect(codeOf(active, { type: 'withdraw', on: '2027-03-01', by: reviewer })).toBe('E_LIST_DOCUMENT');
  });
  const reinstate: ListEvent = { type: 'reinstate', on: '2027-06-01', by: reviewer2, docNo: '撤销移出〔2027〕1号', documents: [{ title: '虚假履行证明的调查报告' }] };
  it('restarts the full term on reinstatement by default (configurable)', () => {
    expect(caseOf([...removed, reinstate])).toMatchObject({ state: 'active', termFrom: '2027-06-01', expiresOn: '2030-06-01', earlyRemovalFrom: '2028-06-01' });
  });
  it('resumes or keeps the original term when configured so', () => {
    const resume: ListContext = { calendar, ruleSets: [{ ...SAMR_44, reinstatement: 'resume' }] };
    // Off the list 2027-03-10 → 2027-06-01: 83 days added to the 2026-02-25 start.
    expect(caseOf([...removed, reinstate], resume)).toMatchObject({ termFrom: '2026-05-19', expiresOn: '2029-05-19' });
    const original: ListContext = { calendar, ruleSets: [{ ...SAMR_44, reinstatement: 'original' }] };
    expect(caseOf([...removed, reinstate], original)).toMatchObject({ termFrom: '2026-02-25', expiresOn: '2029-02-25' });
  });
  it('requires the evidence of fraud', () => {
    expect(codeOf(removed, { ...reinstate, documents: [] })).toBe('E_LIST_DOCUMENT');
  });
});
