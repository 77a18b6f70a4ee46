import { Worker } from 'node:worker_threads';
import { ok, type AppError, type Result } from '../../../../core/shared/result';
import { builtWorker } from '../../../built-worker';
import type { Digested } from '../../../packages/digest-thread';
import { NATIVE_SM3 } from '../../../packages/digests';
import { ROW_WIDTH, rowAt, type EntryRow } from './entry-row';

type Verdict = { upTo: number; error: { line: number; error: AppError } | null };
/** Rows of lines `first`, `first + 1`, … as flat arrays (entry-row.ts). */
type Rows = { first: number; rows: (string | null)[] };
type Returned = Verdict & Rows & { buffer: ArrayBuffer };
type Final = Verdict & Rows & { sha256: string; sm3: string };

/** Chunks sent and not yet back: beyond this, the reader waits (the thread is normally far ahead). */
const IN_FLIGHT = 8;
const CHUNK_BYTES = 1024 * 1024;

export type RecordCheck = {
  /** Sends the file's next chunk (copied) to the thread; resolves when the thread can take more. */
  update(chunk: Uint8Array): Promise<void> | undefined;
  /** Line `line`'s row once the thread has checked it, or the thread's refusal. Lines are asked for in order. */
  read(text: string, line: number): Result<EntryRow> | Promise<Result<EntryRow>>;
  digest(): Promise<Digested>;
  close(): void;
};

/**
 * A snapshot's record checks (schema, canonical form, content digest — readEntryLine, the same
 * code) and the file's SHA-256 and SM3 on a worker thread, which also makes each good record's
 * row (entry-row.ts), while this thread matches and writes: checking a million records is
 * seconds of CPU that the writer need not spend. This thread still splits the same bytes into
 * the same lines (the stream's own checks: UTF-8, a last newline) and takes line n's row once the
 * thread has passed line n. Undefined where there is no built worker script (a run from source)
 * or no native SM3 (Electron's BoringSSL): the caller then checks on its own thread, as before.
 */
export function recordCheckThread(path: string): RecordCheck | undefined {
  const script = NATIVE_SM3 ? builtWorker('check-worker') : undefined;
  if (!script) return undefined;
  let worker: Worker;
  try {
    worker = new Worker(script, { workerData: { path } });
  } catch {
    return undefined;
  }
  let verdict: Verdict = { upTo: 0, error: null };
  let failure: Error | null = null;
  let inFlight = 0;
  const free: ArrayBuffer[] = [];
  // Rows received and not yet read, oldest first (a few chunks' worth: the reader is never far behind).
  const queue: Rows[] = [];
  // Called whenever the thread answers or fails: whoever waits looks again.
  let wake: (() => void)[] = [];
  const answered = (): void => {
    const w = wake;
    wake = [];
    for (const f of w) f();
  };
  const next = (): Promise<void> => new Promise((resolve) => wake.push(resolve));
  const final = new Promise<Final>((resolve, reject) => {
    worker.on('message', (m: Returned | Final) => {
      verdict = { upTo: m.upTo, error: verdict.error ?? m.error };
      if (m.rows.length > 0) queue.push({ first: m.first, rows: m.rows });
      if ('buffer' in m) {
        inFlight--;
        if (free.length < IN_FLIGHT) free.push(m.buffer);
      } else resolve(m);
      answered();
    });
    const fail = (e: Error): void => {
      failure = e;
      reject(e);
      answered();
    };
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`record check thread exited (${code}) before answering`)));
  });
  // Observed here: an import that stops before asking for the digests must not leave a rejection unhandled.
  final.catch(() => undefined);
  const take = (line: number): Result<EntryRow> => {
    const e = verdict.error;
    if (e !== null && e.line === line) return { ok: false, error: e.error };
    let head = queue[0];
    while (head !== undefined && line >= head.first + head.rows.length / ROW_WIDTH) {
      queue.shift();
      head = queue[0];
    }
    // Never without a row: the thread has passed the line, and it was not the bad one.
    if (head === undefined || line < head.first) throw new Error(`record check thread: no row for line ${line}`);
    return ok(rowAt(head.rows, (line - head.first) * ROW_WIDTH));
  };
  return {
    update(chunk) {
      if (failure) throw failure;
      let buffer = free.pop();
      if (buffer === undefined || buffer.byteLength < chunk.length) buffer = new ArrayBuffer(Math.max(chunk.length, CHUNK_BYTES));
      new Uint8Array(buffer).set(chunk);
      worker.postMessage({ buffer, length: chunk.length }, [buffer]);
      inFlight++;
      if (inFlight < IN_FLIGHT) return undefined;
      return (async () => {
        while (inFlight >= IN_FLIGHT && !failure) await next();
        if (failure) throw failure;
      })();
    },
    read(_text, line) {
      if (line <= verdict.upTo) return take(line);
      return (async () => {
        while (line > verdict.upTo && !failure) await next();
        if (failure) throw failure;
        return take(line);
      })();
    },
    async digest() {
      worker.postMessage(null);
      try {
        const f = await final;
        return { sha256: f.sha256, sm3: f.sm3 };
      } finally {
        void worker.terminate();
      }
    },
    close() {
      void worker.terminate();
    },
  };
}
