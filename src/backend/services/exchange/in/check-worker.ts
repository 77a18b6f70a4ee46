import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { readEntryLine } from '../../../../core/exchange/record';
import type { AppError } from '../../../../core/shared/result';
import { sha256Utf8, sm3Hasher } from '../../../packages/digests';
import { entryRows, flattenRow } from './entry-row';
import { lineSplitter } from './zip-lazy';

/**
 * The record checks of a snapshot's entries.jsonl on a thread of its own (see check-thread.ts):
 * every line's schema, canonical form and content digest, and both digests of the whole file.
 * The chunks arrive in order, are split into lines by the splitter linesOf uses, and go back
 * for reuse with how many lines are checked so far, the first bad one, and the rows (entry-row.ts)
 * of the good ones.
 */
if (!parentPort) throw new Error('check-worker must run as a worker thread');
const port = parentPort;
const { path } = workerData as { path: string };
const sha256 = createHash('sha256');
const sm3 = sm3Hasher();
// Split exactly as the importing thread splits (zip-lazy linesOf), which checks the bytes are UTF-8.
const split = lineSplitter();
let line = 0;
let firstError: { line: number; error: AppError } | null = null;
const rowOf = entryRows();
// The rows of the lines checked since the last answer, from line `rowsFrom` on.
let rows: (string | null)[] = [];
let rowsFrom = 1;

function check(text: string): void {
  line++;
  if (firstError) return;
  const r = readEntryLine(text, path, line, sha256Utf8);
  if (!r.ok) firstError = { line, error: r.error };
  else flattenRow(rowOf(r.value), rows);
}

port.on('message', (m: { buffer: ArrayBuffer; length: number } | null) => {
  if (m === null) {
    port.postMessage({ sha256: sha256.digest('hex'), sm3: sm3.digest(), upTo: line, error: firstError, first: rowsFrom, rows: [] });
    port.close();
    return;
  }
  const chunk = Buffer.from(m.buffer, 0, m.length);
  sha256.update(chunk);
  sm3.update(chunk);
  for (const text of split.push(chunk) ?? []) check(text);
  port.postMessage({ buffer: m.buffer, upTo: line, error: firstError, first: rowsFrom, rows }, [m.buffer]);
  rows = [];
  rowsFrom = line + 1;
});
