import type { ErrorCode } from '../shared/errors';
import type { Manifest } from './manifest-schema';

/**
 * What a receiver remembers per (issuer, stream), formats.md §4. `imported` holds every package
 * taken so far (its manifest SHA-256 by sequence), so that a replay is recognised as harmless and
 * a second, different manifest for a sequence already seen is caught as equivocation.
 */
export type StreamState = {
  lastSequence: number;
  lastManifestSha256: string;
  /** ISO time with offset, as in the manifest. */
  lastIssuedAt: string;
  lastStateSha256?: string | undefined;
  /** The snapshot the current chain of deltas builds on. */
  baseSnapshotSequence: number;
  imported: ReadonlyArray<{ sequence: number; manifestSha256: string }>;
};

export type SequenceDecision =
  | { outcome: 'accept'; resetsChain: boolean }
  | { outcome: 'refuse'; code: Extract<ErrorCode, 'I_ALREADY_IMPORTED' | 'E_SEQ_GAP' | 'E_SEQ_ROLLBACK' | 'E_SEQ_EQUIVOCATION' | 'E_CHAIN_BROKEN' | 'E_TIME_REGRESSION' | 'E_BASE_SNAPSHOT_MISSING'>; details: Record<string, unknown> };

type Incoming = Pick<Manifest, 'packageType' | 'stream' | 'issuedAt'>;

/** Deltas continue a chain; every other kind stands on its own and may skip ahead. */
function isDelta(m: Incoming): boolean {
  return m.packageType === 'delta';
}

/**
 * The sequence rules of formats.md §4, as one decision over the state (null: nothing received yet
 * on this stream). Equivocation is decided wherever there is proof of it — the same sequence
 * already recorded with another digest — not only at the last sequence; a lower sequence never
 * seen (skipped by a snapshot) is a rollback.
 *
 * @example decideSequence({ lastSequence: 4, … }, { packageType: 'delta', stream: { sequence: 6, … } }, d)
 *          // { outcome: 'refuse', code: 'E_SEQ_GAP', … }
 */
export function decideSequence(state: StreamState | null, m: Incoming, manifestSha256: string): SequenceDecision {
  const seq = m.stream.sequence;
  const refuse = (code: Extract<SequenceDecision, { outcome: 'refuse' }>['code'], more: Record<string, unknown> = {}): SequenceDecision =>
    ({ outcome: 'refuse', code, details: { streamId: m.stream.id, sequence: seq, manifestSha256, ...more } });
  if (state === null) return isDelta(m) ? refuse('E_BASE_SNAPSHOT_MISSING', { baseSnapshotSequence: m.stream.baseSnapshotSequence }) : { outcome: 'accept', resetsChain: true };
  const last = state.lastSequence;
  if (seq <= last) {
    if (state.imported.some((p) => p.manifestSha256 === manifestSha256)) return refuse('I_ALREADY_IMPORTED', { lastSequence: last });
    const recorded = seq === last ? state.lastManifestSha256 : state.imported.find((p) => p.sequence === seq)?.manifestSha256;
    if (recorded !== undefined) return refuse('E_SEQ_EQUIVOCATION', { lastSequence: last, recordedManifestSha256: recorded });
    return refuse('E_SEQ_ROLLBACK', { lastSequence: last });
  }
  if (isDelta(m)) {
    if (seq > last + 1) return refuse('E_SEQ_GAP', { lastSequence: last, missing: { from: last + 1, to: seq - 1 } });
    if (m.stream.baseSnapshotSequence !== state.baseSnapshotSequence) {
      return refuse('E_BASE_SNAPSHOT_MISSING', { baseSnapshotSequence: m.stream.baseSnapshotSequence, ourBaseSnapshotSequence: state.baseSnapshotSequence });
    }
    if (m.stream.prevManifestSha256 !== state.lastManifestSha256) {
      return refuse('E_CHAIN_BROKEN', { prevManifestSha256: m.stream.prevManifestSha256, lastManifestSha256: state.lastManifestSha256 });
    }
  }
  if (Date.parse(m.issuedAt) < Date.parse(state.lastIssuedAt)) return refuse('E_TIME_REGRESSION', { issuedAt: m.issuedAt, lastIssuedAt: state.lastIssuedAt });
  return { outcome: 'accept', resetsChain: !isDelta(m) };
}

/**
 * The state to record once the package is applied — written last, in the same transaction.
 *
 * @example advanceStream(null, snapshotManifest, digest).lastSequence // snapshotManifest.stream.sequence
 */
export function advanceStream(state: StreamState | null, m: Incoming & Pick<Manifest, 'stateSha256'>, manifestSha256: string): StreamState {
  const seq = m.stream.sequence;
  return {
    lastSequence: seq,
    lastManifestSha256: manifestSha256,
    lastIssuedAt: m.issuedAt,
    lastStateSha256: m.stateSha256,
    baseSnapshotSequence: isDelta(m) ? (state?.baseSnapshotSequence ?? seq) : seq,
    imported: [...(state?.imported ?? []), { sequence: seq, manifestSha256 }],
  };
}
