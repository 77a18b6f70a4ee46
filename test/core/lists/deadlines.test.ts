import { describe, expect, it } from 'vitest';
import { deadlinesFor, type ListDeadline, type ListEvent } from '../../../src/core/lists';
import { active, calendar, decided, noticed, officer, removalRequested, reviewer } from './fixtures';

function at(history: readonly ListEvent[], asOf: string, soonDays?: number): Record<string, ListDeadline> {
  const r = deadlinesFor(history, calendar, { asOf, ...(soonDays !== undefined ? { soonDays } : {}) });
  if (!r.ok) throw new Error(r.error.message);
  return Object.fromEntries(r.value.map((d) => [d.id, d]));
}

describe('deadlinesFor: the to-do view', () => {
  it('shows the notice window ending after Spring Festival, due soon during the holiday, lapsed after it', () => {
    expect(at(noticed, '2026-02-20').notice).toMatchObject({ due: '2026-02-24', status: 'open', dueSoon: true, overdue: false, party: 'enterprise' });
    expect(at(noticed, '2026-02-24').notice?.status).toBe('open');
    expect(at(noticed, '2026-02-25').notice).toMatchObject({ status: 'lapsed', overdue: false });
    expect(at(noticed, '2026-02-11', 3).notice?.dueSoon).toBe(false);
  });
  it('marks an objection filed in time as met', () => {
    const h: ListEvent[] = [...noticed, { type: 'receive-objection', on: '2026-02-24', by: officer }];
    expect(at(h, '2026-03-01').notice).toMatchObject({ status: 'met', metOn: '2026-02-24' });
  });
  it('shows the publication deadline open on its last day and overdue the day after', () => {
    expect(at(decided, '2026-03-24').publication).toMatchObject({ due: '2026-03-24', status: 'open', overdue: false });
    expect(at(decided, '2026-03-25').publication).toMatchObject({ status: 'overdue', overdue: true });
    const late: ListEvent[] = [...decided, { type: 'publish', on: '2026-03-25', by: officer }];
    expect(at(late, '2026-04-01').publication).toMatchObject({ status: 'late', overdue: true, metOn: '2026-03-25' });
    expect(at(active, '2026-04-01').publication).toMatchObject({ status: 'met', overdue: false });
  });
  it('shows the earliest early-removal date waiting, then available', () => {
    expect(at(active, '2027-02-24')['early-removal']).toMatchObject({ due: '2027-02-25', status: 'waiting' });
    expect(at(active, '2027-02-25')['early-removal']?.status).toBe('available');
    expect(at(removalRequested, '2027-03-01')['early-removal']?.status).toBe('met');
  });
  it('shows the decision on an early removal, due 15 working days after the application', () => {
    const d = at(removalRequested, '2027-03-01')['removal-decision'];
    expect(d).toMatchObject({ from: '2027-02-25', status: 'open', party: 'agency' });
    expect(d?.provisional).toBe(true);
    expect(at(removalRequested, '2027-04-01')['removal-decision']?.status).toBe('overdue');
  });
  it('shows the expiry due on the anniversary and overdue when still listed after it', () => {
    expect(at(active, '2029-02-25').expiry).toMatchObject({ due: '2029-02-25', status: 'open' });
    expect(at(active, '2029-02-26').expiry).toMatchObject({ status: 'overdue', overdue: true });
  });
  it('voids what the case no longer needs', () => {
    const withdrawn: ListEvent[] = [...decided, { type: 'withdraw', on: '2026-03-02', by: reviewer, docNo: 'x' }];
    expect(at(withdrawn, '2026-04-30').publication?.status).toBe('void');
  });
  it('returns a refused history as the error', () => {
    const r = deadlinesFor([...noticed, { type: 'receive-objection', on: '2026-03-01', by: officer }], calendar, { asOf: '2026-03-02' });
    expect(r.ok ? '' : r.error.code).toBe('E_LIST_DEADLINE');
  });
});
