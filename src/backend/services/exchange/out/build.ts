import type Database from 'better-sqlite3';
import { canonicalJson } from '../../../../core/shared/canonical-json';
import { stateSha256 } from '../../../../core/packages/state-digest';
import type { ManifestSigner } from '../../../../core/signing/ports';
import type { Result } from '../../../../core/shared/result';
import { buildPackage, type BuiltPackage } from '../../../packages/build';
import { sha256Utf8 } from '../../../packages/digests';
import type { Agency } from '../../keys/agency';
import { derivedPackageId } from '../../publications/issued';
import { selectEntries, type PublicationScope } from '../../publications/select';
import { CHANGES_PATH, ENTRIES_PATH, type ChangeOp } from '../../../../core/exchange/record';

/** Since the beginning: every entry that was ever on the list, as it stands on the cut-off day. */
const ALL_TIME = '1900-01-01';

export const exchangeStreamOf = (scope: PublicationScope): string => `exchange/${scope.key}`;

export type ExchangeBuildOptions = {
  scope: PublicationScope; agency: Agency; signers: readonly ManifestSigner[]; appVersion: string;
  snapshot: boolean; audience: readonly string[]; sequence: number;
  prevManifestSha256?: string | undefined; baseSnapshotSequence?: number | undefined;
  /** ISO times with offset; the day of issuedAt is the records' cut-off. */
  issuedAt: string; expiresAt: string;
  /** What the stream last said: id → content digest (empty before the first package). */
  previous: ReadonlyMap<string, string>;
};

export type BuiltExchange = BuiltPackage & {
  stats: { entries: number; added: number; amended: number; removed: number };
  /** The stream's state after this package: what the next delta is the difference from. */
  state: Map<string, string>;
};

/**
 * One package of an outgoing stream. A snapshot carries every record (data/entries.jsonl); a
 * delta carries the operations since the stream's last package (data/changes.jsonl), sorted by
 * id, and may carry none at all: it still advances the sequence and proves nothing was withheld.
 * Both state the digest of the whole list after applying.
 */
export function buildExchange(db: Database.Database, o: ExchangeBuildOptions): Result<BuiltExchange> {
  const entries = selectEntries(db, o.scope, ALL_TIME, o.issuedAt.slice(0, 10), o.agency.code);
  const state = new Map(entries.map((e) => [e.record.id, e.record.contentSha256]));
  const stats = { entries: entries.length, added: 0, amended: 0, removed: 0 };
  const ops: { id: string; line: string }[] = [];
  for (const e of entries) {
    const before = o.previous.get(e.record.id);
    if (before === e.record.contentSha256) continue;
    const op: ChangeOp['op'] = before === undefined ? 'add' : e.record.status === 'active' ? 'amend' : 'remove';
    stats[op === 'add' ? 'added' : op === 'amend' ? 'amended' : 'removed'] += 1;
    ops.push({ id: e.record.id, line: canonicalJson({ op, record: e.record }) });
  }
  for (const id of o.previous.keys()) {
    // Gone from the selection (its list type changed, or it was entered in error): the receiver drops it.
    if (!state.has(id)) ops.push({ id, line: canonicalJson({ op: 'drop', id }) });
  }
  ops.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const file = o.snapshot
    ? { path: ENTRIES_PATH, mediaType: 'application/jsonl', bytes: Buffer.from(entries.map((e) => `${e.line}\n`).join(''), 'utf8') }
    : { path: CHANGES_PATH, mediaType: 'application/jsonl', bytes: Buffer.from(ops.map((x) => `${x.line}\n`).join(''), 'utf8') };
  const stream = exchangeStreamOf(o.scope);
  const built = buildPackage({
    packageId: derivedPackageId({ agency: o.agency.code, stream, sequence: o.sequence, issuedAt: o.issuedAt }),
    packageType: o.snapshot ? 'snapshot' : 'delta',
    issuer: { agencyCode: o.agency.code, agencyName: o.agency.name }, audience: [...o.audience],
    stream: {
      id: stream, sequence: o.sequence,
      ...(o.prevManifestSha256 ? { prevManifestSha256: o.prevManifestSha256 } : {}),
      ...(!o.snapshot && o.baseSnapshotSequence !== undefined ? { baseSnapshotSequence: o.baseSnapshotSequence } : {}),
    },
    issuedAt: o.issuedAt, expiresAt: o.expiresAt, listType: o.scope.category,
    stats, stateSha256: stateSha256(entries.map((e) => ({ id: e.record.id, contentSha256: e.record.contentSha256 })), sha256Utf8),
    generator: { name: 'Quality Credit Desk', version: o.appVersion },
  }, [file], o.signers);
  return built.ok ? { ok: true, value: { ...built.value, stats, state } } : built;
}
