import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { ExchangeChangeSchema } from '../../../../contract/exchange';
import { readChangeLine } from '../../../../core/exchange/record';
import { refuse } from '../../../../core/packages/package-error';
import type { AppError, Result } from '../../../../core/shared/result';
import { sha256Utf8 } from '../../../packages/digests';
import { stateDigest } from './stream-state';
import { entryRows, type EntryRow } from './entry-row';
import type { SubjectMatch } from './match';
import type { Change, Counts, StreamWriter } from './write';

export type ChangeView = z.infer<typeof ExchangeChangeSchema>;

export type ApplyEnv = {
  db: Database.Database; w: StreamWriter; match: (e: EntryRow) => SubjectMatch;
  issuer: string; streamId: string; path: string; limit: number;
  /** A snapshot line's record as a row, checked here or already on a thread (see check-thread.ts). */
  readEntry(text: string, line: number): Result<EntryRow> | Promise<Result<EntryRow>>;
  /** Called every few thousand lines: progress, cancel, and a yield to the event loop. */
  tick(lines: number): Promise<void>;
};

/**
 * What applying did, and the first bad record (kept until the file's digests are known: they are
 * checked first). A snapshot also gives the state it leaves (see applySnapshot).
 */
export type Applied = { counts: Counts; changes: ChangeView[]; records: number; error: AppError | null; state?: { sha256: string; entries: number } };

const TICK = 5000;

function view(r: EntryRow, change: Change, m: SubjectMatch | null): ChangeView {
  const match = m ?? { verdict: 'none' as const, via: 'none' as const, enterprise: null, candidates: [], ruledOut: 0 };
  return {
    id: r.id, change: change === 'unchanged' ? 'amended' : change, listType: r.listType, status: r.status, subjectName: r.subjectName,
    subjectUscc: r.subjectUscc, reason: r.reason, listedOn: r.listedOn,
    match: { verdict: match.verdict, via: match.via, enterprise: match.enterprise, candidates: match.candidates, ruledOut: match.ruledOut },
  };
}

const emptyCounts = (): Counts => ({ added: 0, amended: 0, removed: 0, dropped: 0, unchanged: 0 });
const changeOf = (r: EntryRow): Change => (r.status === 'active' ? 'amended' : 'removed');

/**
 * Our rows of the stream, a page at a time in id order (no statement stays open while rows are
 * written). A page is fetched before it is needed, so rows inserted meanwhile (ids below the
 * page's head) are never fetched again.
 */
function heldRows(db: Database.Database, issuer: string, streamId: string) {
  const page = db.prepare('SELECT id, external_id AS ext, content_sha256 AS sha FROM list_entries WHERE issuer_agency = ? AND stream_id = ? AND external_id > ? ORDER BY external_id LIMIT 2000');
  let rows: { id: number; ext: string; sha: string }[] = [];
  let at = 0;
  let last = '';
  let done = false;
  return {
    head() {
      if (at >= rows.length && !done) {
        rows = page.all(issuer, streamId, last) as typeof rows;
        at = 0;
        if (rows.length === 0) done = true;
        else last = rows[rows.length - 1]?.ext ?? last;
      }
      return at < rows.length ? rows[at] : undefined;
    },
    next() { at++; },
  };
}

/**
 * A snapshot replaces the issuer's stream: records merged in id order with the rows we hold
 * (added, amended, removed by status, unchanged), and rows the snapshot no longer has dropped.
 * What the stream then holds is exactly the snapshot's records, each written as read (its
 * content digest checked), so the state digest (stream-state.ts, `id:contentSha256` in id order)
 * is taken as they pass rather than by reading a million rows back.
 */
export async function applySnapshot(env: ApplyEnv, lines: AsyncIterable<readonly string[]>): Promise<Applied> {
  const counts = emptyCounts();
  const changes: ChangeView[] = [];
  const held = heldRows(env.db, env.issuer, env.streamId);
  const state = stateDigest();
  let error: AppError | null = null;
  let n = 0;
  let prev: string | null = null;
  const note = (change: Change, r: EntryRow | null, m: SubjectMatch | null, dropped?: string) => {
    counts[change] += 1;
    if (change === 'unchanged' || changes.length >= env.limit) return;
    if (r) changes.push(view(r, change, m));
    else if (dropped) changes.push({ id: dropped, change: 'dropped', listType: '', status: '', subjectName: '', subjectUscc: null, reason: '', listedOn: null, match: { verdict: 'none', via: 'none', enterprise: null, candidates: [], ruledOut: 0 } });
  };
  for await (const batch of lines) for (const text of batch) {
    n++;
    if (n % TICK === 0) await env.tick(n);
    if (error) continue;
    const pending = env.readEntry(text, n);
    const read = pending instanceof Promise ? await pending : pending;
    if (!read.ok) { error = read.error; continue; }
    const r = read.value;
    if (prev !== null && !(prev < r.id)) { error = refuse('E_DATA_SCHEMA', { path: env.path, line: n, id: r.id, reason: 'not sorted by id, or a duplicate id' }, `${env.path} 第 ${n} 行：记录未按编号排序或编号重复`).error; continue; }
    prev = r.id;
    state.add(r.id, r.contentSha256);
    for (let h = held.head(); h !== undefined && h.ext < r.id; h = held.head()) {
      env.w.drop(h.id);
      note('dropped', null, null, h.ext);
      held.next();
    }
    const h = held.head();
    const existed = h !== undefined && h.ext === r.id;
    if (existed) held.next();
    if (existed && h.sha === r.contentSha256) { note('unchanged', r, null); continue; }
    const m = env.match(r);
    env.w.put(r, m, existed ? h.id : undefined);
    note(existed ? changeOf(r) : 'added', r, m);
  }
  if (!error) {
    for (let h = held.head(); h !== undefined; h = held.head()) {
      env.w.drop(h.id);
      note('dropped', null, null, h.ext);
      held.next();
    }
  }
  return { counts, changes, records: n, error, state: state.digest() };
}

/** A delta's operations in id order, each applied to the rows we hold. */
export async function applyDelta(env: ApplyEnv, lines: AsyncIterable<readonly string[]>): Promise<Applied> {
  const counts = emptyCounts();
  const changes: ChangeView[] = [];
  const rowOf = entryRows();
  let error: AppError | null = null;
  let n = 0;
  let prev: string | null = null;
  for await (const batch of lines) for (const text of batch) {
    n++;
    if (n % TICK === 0) await env.tick(n);
    if (error) continue;
    const read = readChangeLine(text, env.path, n, sha256Utf8);
    if (!read.ok) { error = read.error; continue; }
    const op = read.value;
    const id = op.op === 'drop' ? op.id : op.record.id;
    if (prev !== null && !(prev < id)) { error = refuse('E_DATA_SCHEMA', { path: env.path, line: n, id, reason: 'not sorted by id, or a duplicate id' }).error; continue; }
    prev = id;
    const existing = env.w.idOf(id);
    if (op.op === 'drop') {
      if (existing !== undefined) env.w.drop(existing);
      counts.dropped += 1;
      if (changes.length < env.limit) changes.push({ id, change: 'dropped', listType: '', status: '', subjectName: '', subjectUscc: null, reason: '', listedOn: null, match: { verdict: 'none', via: 'none', enterprise: null, candidates: [], ruledOut: 0 } });
      continue;
    }
    const row = rowOf(op.record);
    const m = env.match(row);
    env.w.put(row, m, existing);
    const change: Change = op.op === 'add' ? 'added' : op.op === 'amend' ? 'amended' : 'removed';
    counts[change] += 1;
    if (changes.length < env.limit) changes.push(view(row, change, m));
  }
  return { counts, changes, records: n, error };
}
