import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Manifest } from '../../../../core/packages/manifest-schema';
import { advanceStream, type StreamState } from '../../../../core/packages/sequence';

type StreamRow = {
  last_sequence: number; last_manifest_sha256: string; last_issued_at: string; last_state_sha256: string | null; base_snapshot_sequence: number | null;
};

/** What we remember of an issuer's stream (formats.md §4), or null before its first package. */
export function loadStreamState(db: Database.Database, issuer: string, streamId: string): StreamState | null {
  const row = db.prepare('SELECT last_sequence, last_manifest_sha256, last_issued_at, last_state_sha256, base_snapshot_sequence FROM streams_in WHERE issuer = ? AND stream_id = ?')
    .get(issuer, streamId) as StreamRow | undefined;
  if (!row) return null;
  const imported = db.prepare("SELECT sequence, manifest_sha256 AS manifestSha256 FROM packages_in WHERE issuer = ? AND stream_id = ? AND status = 'imported' ORDER BY sequence")
    .all(issuer, streamId) as { sequence: number; manifestSha256: string }[];
  return {
    lastSequence: row.last_sequence, lastManifestSha256: row.last_manifest_sha256, lastIssuedAt: row.last_issued_at,
    lastStateSha256: row.last_state_sha256 ?? undefined, baseSnapshotSequence: row.base_snapshot_sequence ?? row.last_sequence, imported,
  };
}

export type Receipt = { packageSha256: string; fileName: string; receivedAt: string; receivedBy: string };

/** Written last, in the import's transaction: the stream advances only once its package is applied. */
export function recordStream(db: Database.Database, state: StreamState | null, m: Manifest, manifestSha256: string, r: Receipt): void {
  const next = advanceStream(state, m, manifestSha256);
  db.prepare(`INSERT INTO streams_in (issuer, stream_id, last_sequence, last_manifest_sha256, last_issued_at, last_state_sha256, base_snapshot_sequence, last_imported_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(issuer, stream_id) DO UPDATE SET last_sequence = excluded.last_sequence,
    last_manifest_sha256 = excluded.last_manifest_sha256, last_issued_at = excluded.last_issued_at, last_state_sha256 = excluded.last_state_sha256,
    base_snapshot_sequence = excluded.base_snapshot_sequence, last_imported_at = excluded.last_imported_at`)
    .run(m.issuer.agencyCode, m.stream.id, next.lastSequence, next.lastManifestSha256, next.lastIssuedAt, next.lastStateSha256 ?? null, next.baseSnapshotSequence, r.receivedAt);
  db.prepare(`INSERT INTO packages_in (issuer, stream_id, sequence, manifest_sha256, package_sha256, file_name, status, error_code, received_at, received_by)
    VALUES (?, ?, ?, ?, ?, ?, 'imported', NULL, ?, ?)`).run(m.issuer.agencyCode, m.stream.id, m.stream.sequence, manifestSha256, r.packageSha256, r.fileName, r.receivedAt, r.receivedBy);
}

/**
 * SHA-256 over `id:contentSha256\n` in id order (core/packages/state-digest's text, without
 * holding a million lines), fed some 64 KB at a time: an update per row costs more than the hashing.
 */
export function stateDigest(): { add(id: string, sha: string): void; digest(): { sha256: string; entries: number } } {
  const h = createHash('sha256');
  let text = '';
  let entries = 0;
  return {
    add(id, sha) {
      text += `${id}:${sha}\n`;
      entries++;
      if (text.length >= 65536) {
        h.update(text, 'utf8');
        text = '';
      }
    },
    digest() {
      h.update(text, 'utf8');
      return { sha256: h.digest('hex'), entries };
    },
  };
}

/**
 * The state digest of the issuer's stream as held here, read row by row in id order. Ids are
 * printable ASCII (core/exchange/record), where SQLite's order is JavaScript's; the order is checked anyway.
 */
export function heldStateSha256(db: Database.Database, issuer: string, streamId: string): { sha256: string; entries: number } {
  const state = stateDigest();
  let prev: string | null = null;
  const rows = db.prepare('SELECT external_id AS id, content_sha256 AS sha FROM list_entries WHERE issuer_agency = ? AND stream_id = ? ORDER BY external_id')
    .raw().iterate(issuer, streamId) as Iterable<[string, string]>;
  for (const [id, sha] of rows) {
    if (prev !== null && !(prev < id)) throw new Error(`exchange ids out of order: ${prev} ${id}`);
    state.add(id, sha);
    prev = id;
  }
  return state.digest();
}
