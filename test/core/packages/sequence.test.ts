import { describe, expect, it } from 'vitest';
import { advanceStream, decideSequence, type StreamState } from '../../../src/core/packages/sequence';

const d = (c: string) => c.repeat(64);
const snapshot = (sequence: number, issuedAt = '2026-12-01T09:00:00+08:00') => ({ packageType: 'snapshot' as const, stream: { id: 'black', sequence }, issuedAt, stateSha256: undefined });
const delta = (sequence: number, prev: string, base = 1, issuedAt = '2026-12-02T09:00:00+08:00') =>
  ({ packageType: 'delta' as const, stream: { id: 'black', sequence, prevManifestSha256: prev, baseSnapshotSequence: base }, issuedAt, stateSha256: undefined });
const code = (s: StreamState | null, m: Parameters<typeof decideSequence>[1], digest: string) => {
  const r = decideSequence(s, m, digest);
  return r.outcome === 'accept' ? 'accept' : r.code;
};

/** A snapshot 1 then deltas 2 and 3, digests 'a', 'b', 'c'. */
function chain(): StreamState {
  let s = advanceStream(null, snapshot(1), d('a'));
  s = advanceStream(s, delta(2, d('a')), d('b'));
  return advanceStream(s, delta(3, d('b')), d('c'));
}

describe('sequence, chain and replay rules (formats.md §4)', () => {
  it('accepts the next delta on the chain and a newer snapshot, which resets the chain', () => {
    expect(code(chain(), delta(4, d('c')), d('d'))).toBe('accept');
    const r = decideSequence(chain(), snapshot(9, '2026-12-09T09:00:00+08:00'), d('9'));
    expect(r).toEqual({ outcome: 'accept', resetsChain: true });
    const after = advanceStream(chain(), snapshot(9), d('9'));
    expect(after.baseSnapshotSequence).toBe(9);
    expect(code(after, delta(10, d('9'), 9), d('x'))).toBe('accept');
    expect(code(after, delta(10, d('9'), 1), d('x'))).toBe('E_BASE_SNAPSHOT_MISSING');
  });
  it('first contact: a snapshot is accepted, a delta needs its snapshot', () => {
    expect(code(null, snapshot(7), d('a'))).toBe('accept');
    expect(code(null, delta(2, d('a')), d('b'))).toBe('E_BASE_SNAPSHOT_MISSING');
  });
  it('E_SEQ_GAP: a delta beyond last + 1, with the missing range', () => {
    const r = decideSequence(chain(), delta(6, d('e')), d('f'));
    expect(r.outcome === 'refuse' && r.code).toBe('E_SEQ_GAP');
    expect(r.outcome === 'refuse' && r.details.missing).toEqual({ from: 4, to: 5 });
  });
  it('I_ALREADY_IMPORTED: a replay of any package already taken', () => {
    expect(code(chain(), delta(3, d('b')), d('c'))).toBe('I_ALREADY_IMPORTED');
    expect(code(chain(), snapshot(1), d('a'))).toBe('I_ALREADY_IMPORTED');
  });
  it('E_SEQ_EQUIVOCATION: a second, different manifest for a sequence already recorded', () => {
    expect(code(chain(), delta(3, d('b')), d('z'))).toBe('E_SEQ_EQUIVOCATION');
    const r = decideSequence(chain(), delta(2, d('a')), d('y'));
    expect(r.outcome === 'refuse' && r.code).toBe('E_SEQ_EQUIVOCATION');
    expect(r.outcome === 'refuse' && r.details.recordedManifestSha256).toBe(d('b'));
  });
  it('E_SEQ_ROLLBACK: an older sequence never seen here (skipped by a snapshot)', () => {
    const s = advanceStream(null, snapshot(10), d('a'));
    expect(code(s, snapshot(4), d('q'))).toBe('E_SEQ_ROLLBACK');
    expect(code(s, delta(9, d('p'), 5), d('q'))).toBe('E_SEQ_ROLLBACK');
  });
  it('E_CHAIN_BROKEN: the next delta does not name the last manifest', () => {
    expect(code(chain(), delta(4, d('x')), d('d'))).toBe('E_CHAIN_BROKEN');
  });
  it('E_TIME_REGRESSION: issued before the last package', () => {
    expect(code(chain(), delta(4, d('c'), 1, '2026-11-30T09:00:00+08:00'), d('d'))).toBe('E_TIME_REGRESSION');
    expect(code(chain(), snapshot(5, '2026-12-01T00:59:59Z'), d('d'))).toBe('E_TIME_REGRESSION');
  });
  it('records every package taken, so replays stay recognisable after later packages', () => {
    expect(chain().imported.map((p) => p.sequence)).toEqual([1, 2, 3]);
    expect(chain().lastManifestSha256).toBe(d('c'));
  });
});
