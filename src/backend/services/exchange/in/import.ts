import type Database from 'better-sqlite3';
import type { ExchangePreview } from '../../../../contract/exchange';
import { CHANGES_PATH, ENTRIES_PATH, readEntryLine } from '../../../../core/exchange/record';
import { checkFiles } from '../../../../core/packages/check-files';
import type { Manifest } from '../../../../core/packages/manifest-schema';
import { refuse } from '../../../../core/packages/package-error';
import { decideSequence, type StreamState } from '../../../../core/packages/sequence';
import { verifyPackageHead } from '../../../../core/packages/verify';
import { ok, type AppError, type Result } from '../../../../core/shared/result';
import { toBeijingIso } from '../../../../core/shared/time';
import type { Digested } from '../../../packages/digest-thread';
import { nodeDigests, sha256Hex, sha256Utf8 } from '../../../packages/digests';
import { nodeVerifier } from '../../../packages/verifier';
import { partnerKeys } from '../trust';
import { applyDelta, applySnapshot, type Applied } from './apply';
import { recordCheckThread } from './check-thread';
import { entryRows, type EntryRow } from './entry-row';
import { keepEvidence } from './evidence';
import { exchangeMatcher } from './match';
import { heldStateSha256, loadStreamState, recordStream } from './stream-state';
import { streamWriter } from './write';
import { linesOf, readLazyZip, Refusal, streamDigests, streamEntry, type LazyZip } from './zip-lazy';

export type ImportEnv = {
  db: Database.Database;
  workspaceDir: string;
  /** Our agency's USCC: packages addressed to others are refused. */
  recipient: string;
  now: Date;
  user: string;
  signal?: AbortSignal | undefined;
  progress?: ((done: number, total: number, label?: string) => void) | undefined;
};

export type ImportOptions = {
  /** preview: every check and a dry-run apply, then rolled back; apply: the same, kept. */
  mode: 'preview' | 'apply';
  fileName: string;
  allowExpired: boolean;
  limit: number;
};

export type ImportOutcome = Omit<ExchangePreview, 'error'> & { error: AppError | null; manifest: Manifest | null };

const EMPTY_COUNTS = { added: 0, amended: 0, removed: 0, dropped: 0, unchanged: 0 };

function outcome(base: Partial<ImportOutcome> & Pick<ImportOutcome, 'packageSha256' | 'fileName'>, error: AppError | null): ImportOutcome {
  const m = base.manifest ?? null;
  return {
    acceptable: error === null, error, manifestSha256: null, expired: false, stateSha256: null,
    counts: EMPTY_COUNTS, matches: { linked: 0, review: 0, none: 0 }, changes: [], ...base, manifest: m,
    issuer: m ? { agencyCode: m.issuer.agencyCode, agencyName: m.issuer.agencyName } : null,
    packageType: m?.packageType ?? null, streamId: m?.stream.id ?? null, sequence: m?.stream.sequence ?? null,
    issuedAt: m?.issuedAt ?? null, expiresAt: m?.expiresAt ?? null, stats: m?.stats ?? null,
  };
}

/** The file checks of verifyPackage, with large files left to be checked as they stream. */
function checkListedFiles(zip: LazyZip, entries: ReadonlyMap<string, Uint8Array>, m: Manifest): AppError | null {
  const eager = new Map([...entries].filter(([p]) => !zip.lazy.has(p)));
  const listedLazy = m.files.filter((f) => zip.lazy.has(f.path));
  for (const path of zip.lazy.keys()) if (!m.files.some((f) => f.path === path)) return refuse('E_FILE_UNLISTED', { path }, path).error;
  for (const f of listedLazy) {
    const size = zip.lazy.get(f.path)?.size;
    if (size !== f.size) return refuse('E_SIZE_MISMATCH', { path: f.path, expected: f.size, actual: size }, f.path).error;
  }
  const checked = checkFiles(eager, m.files.filter((f) => !zip.lazy.has(f.path)), nodeDigests);
  return checked.ok ? null : checked.error;
}

/** Chunks (1 MB each) the record check thread is given before this thread reads their lines. */
const AHEAD_CHUNKS = 4;

/**
 * The data file's lines, its digests checked as it streams (a large file) or already checked
 * (a small one), and how each line becomes a record: a large snapshot's records are checked on a
 * thread of their own where one can run (check-thread.ts), else here. Returns the lines, a check
 * to run once they are all read, and close() for when they are not (the digests may run on a thread).
 */
function dataLines(zip: LazyZip, entries: ReadonlyMap<string, Uint8Array>, m: Manifest, path: string) {
  const listed = m.files.find((f) => f.path === path);
  const lazy = zip.lazy.get(path);
  const checks = lazy && path === ENTRIES_PATH ? recordCheckThread(path) : undefined;
  const digests: { update(c: Buffer): Promise<void> | undefined | void; digest(): Promise<Digested>; close(): void } | null = checks ?? (lazy ? streamDigests() : null);
  async function* chunks(): AsyncGenerator<Buffer> {
    if (!lazy) {
      const bytes = entries.get(path) ?? new Uint8Array();
      yield Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
      return;
    }
    // The check thread is handed chunks a few ahead of the lines read here, so that it checks
    // while this thread writes instead of both taking turns on each chunk.
    const ahead: Buffer[] = [];
    for await (const c of streamEntry(lazy)) {
      const more = digests?.update(c);
      if (more) await more;
      ahead.push(c);
      if (ahead.length > (checks ? AHEAD_CHUNKS : 0)) yield ahead.shift() as Buffer;
    }
    yield* ahead;
  }
  const finish = async (): Promise<AppError | null> => {
    if (!digests || !listed) return null;
    const d = await digests.digest();
    if (d.sha256 !== listed.sha256) return refuse('E_DIGEST_MISMATCH', { path, digest: 'sha256', expected: listed.sha256, actual: d.sha256 }, path).error;
    if (d.sm3 !== listed.sm3) return refuse('E_DIGEST_MISMATCH', { path, digest: 'sm3', expected: listed.sm3, actual: d.sm3 }, path).error;
    return null;
  };
  const rowOf = entryRows();
  const readEntry = checks ? checks.read : (text: string, line: number): Result<EntryRow> => {
    const r = readEntryLine(text, path, line, sha256Utf8);
    return r.ok ? ok(rowOf(r.value)) : r;
  };
  return { lines: linesOf(chunks(), path), readEntry, finish, close: () => digests?.close() };
}

function checkStats(m: Manifest, applied: Applied, held: number): AppError | null {
  const s = m.stats;
  if (!s) return null;
  const c = applied.counts;
  // A snapshot's added/amended/removed are relative to the issuer's previous package, which a new
  // receiver never had: only its count is ours to check. A delta's operations are counted exactly.
  const fine = s.entries === held && (m.packageType === 'snapshot'
    ? s.entries === applied.records
    : s.added === c.added && s.amended === c.amended && s.removed === c.removed);
  return fine ? null : refuse('E_STATS_MISMATCH', { stats: s, counts: c, records: applied.records, entries: held }).error;
}

/**
 * formats.md §4, in its order: ZIP safety → mimetype → signature by a trusted key of the issuer →
 * manifest → audience → sequence → expiry → files → records (schema, canonical form, content
 * digest) applied in a savepoint → stats → the state digest of what we now hold → only then the
 * evidence and the stream's new position. Preview rolls everything back; any failure rolls back
 * and returns the first failing check. Never throws for anything in the package.
 */
export async function runImport(env: ImportEnv, bytes: Uint8Array, o: ImportOptions): Promise<ImportOutcome> {
  const packageSha256 = sha256Hex(bytes);
  const base = { packageSha256, fileName: o.fileName };
  const zip = readLazyZip(bytes);
  if (!zip.ok) return outcome(base, zip.error);
  const head = verifyPackageHead(zip.value.entries, {
    trust: partnerKeys(env.db), verifier: nodeVerifier, digests: nodeDigests, now: env.now, recipient: env.recipient, allowExpired: true,
  });
  if (!head.ok) return outcome(base, head.error);
  const { manifest: m, manifestSha256, entries } = head.value;
  const known = { ...base, manifest: m, manifestSha256 };
  if ((m.packageType !== 'snapshot' && m.packageType !== 'delta') || m.stats === undefined || m.stateSha256 === undefined) {
    return outcome(known, refuse('E_MANIFEST_SCHEMA', { packageType: m.packageType, reason: 'not an exchange snapshot or delta with stats and stateSha256' }, '不是互联共享的全量包或增量包').error);
  }
  const state: StreamState | null = loadStreamState(env.db, m.issuer.agencyCode, m.stream.id);
  const decision = decideSequence(state, m, manifestSha256);
  if (decision.outcome === 'refuse') {
    // Proof of equivocation: both signed manifests are kept (the first was kept when imported).
    if (decision.code === 'E_SEQ_EQUIVOCATION' && o.mode === 'apply') keepEvidence(env.workspaceDir, packageSha256, bytes);
    return outcome(known, refuse(decision.code, decision.details).error);
  }
  if (head.value.expired && !o.allowExpired) return outcome(known, refuse('E_EXPIRED', { expiresAt: m.expiresAt, now: env.now.toISOString() }, `有效期至 ${m.expiresAt}`).error);
  const filesError = checkListedFiles(zip.value, entries, m);
  if (filesError) return outcome(known, filesError);
  const path = m.packageType === 'snapshot' ? ENTRIES_PATH : CHANGES_PATH;
  if (!m.files.some((f) => f.path === path)) return outcome(known, refuse('E_FILE_MISSING', { path }, path).error);
  return applyInSavepoint(env, o, bytes, { ...known, manifest: m, manifestSha256 }, state, path, zip.value, entries);
}

type Known = { packageSha256: string; fileName: string; manifest: Manifest; manifestSha256: string };

async function applyInSavepoint(env: ImportEnv, o: ImportOptions, bytes: Uint8Array, k: Known, state: StreamState | null, path: string, zip: LazyZip, entries: ReadonlyMap<string, Uint8Array>): Promise<ImportOutcome> {
  const { db } = env;
  const m = k.manifest;
  const issuer = m.issuer.agencyCode;
  const at = toBeijingIso(env.now);
  const total = m.stats?.entries ?? 0;
  // A larger page cache for the length of the import (64 MB): a million rows' index pages then stay
  // in memory instead of being read back from the WAL; the default is restored afterwards.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = -65536');
  db.exec('SAVEPOINT exchange_import');
  let keep = false;
  const data = dataLines(zip, entries, m, path);
  try {
    const applyEnv = {
      db, w: streamWriter(db, issuer, m.stream.id, at), match: exchangeMatcher(db), issuer, streamId: m.stream.id, path, limit: o.limit, readEntry: data.readEntry,
      tick: async (n: number) => {
        env.progress?.(Math.min(n, total), total, '验证并写入记录');
        await new Promise((r) => setImmediate(r));
        if (env.signal?.aborted) throw new Refusal({ code: 'E_CANCELLED', message: '操作已取消，未写入任何数据' });
      },
    };
    const applied = m.packageType === 'snapshot' ? await applySnapshot(applyEnv, data.lines) : await applyDelta(applyEnv, data.lines);
    // A snapshot's state is known from its records as applied; a delta's is read back.
    const held = applied.state ?? heldStateSha256(db, issuer, m.stream.id);
    const result = { ...k, counts: applied.counts, matches: applyEnv.w.matches, changes: applied.changes, stateSha256: held.sha256, expired: Date.parse(m.expiresAt) < env.now.getTime() };
    const error = (await data.finish()) ?? applied.error ?? checkStats(m, applied, held.entries)
      ?? (held.sha256 !== m.stateSha256 ? refuse('E_STATE_DIGEST_MISMATCH', { expected: m.stateSha256, actual: held.sha256, entries: held.entries }).error : null);
    if (error) return outcome(result, error);
    if (o.mode === 'apply') {
      keepEvidence(env.workspaceDir, k.packageSha256, bytes);
      recordStream(db, state, m, k.manifestSha256, { packageSha256: k.packageSha256, fileName: o.fileName, receivedAt: at, receivedBy: env.user });
      keep = true;
    }
    return outcome(result, null);
  } catch (e) {
    if (e instanceof Refusal) return outcome(k, e.error);
    throw e;
  } finally {
    data.close();
    if (!keep) db.exec('ROLLBACK TO exchange_import');
    db.exec('RELEASE exchange_import');
    db.pragma(`cache_size = ${cacheSize}`);
  }
}
