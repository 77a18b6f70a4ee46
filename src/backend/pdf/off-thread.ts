import { Worker } from 'node:worker_threads';
import { builtWorker } from '../built-worker';
import { announcementPdf, type Announcement } from './announcement';

/** Rows below which starting a thread (and loading pdf-lib in it) costs more than it saves. */
const OFF_THREAD_ROWS = 2_000;

/**
 * The announcement PDF, drawn on a worker thread when the table is large and the worker's script
 * is at hand and runs (the same code, so the same bytes), else on this thread. The caller
 * compresses and writes the data files meanwhile.
 *
 * @example const pdf = await announcementPdfOffThread({ title, rows, font, … })
 */
export function announcementPdfOffThread(a: Announcement): Promise<Uint8Array> {
  const script = a.rows.length >= OFF_THREAD_ROWS ? builtWorker('pdf-worker') : undefined;
  if (!script) return announcementPdf(a);
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(script, { workerData: a });
    } catch {
      announcementPdf(a).then(resolve, reject);
      return;
    }
    let settled = false;
    worker.once('message', (m: { ok: true; pdf: Uint8Array } | { ok: false; message: string }) => {
      settled = true;
      if (m.ok) resolve(m.pdf);
      else reject(new Error(`announcement PDF: ${m.message}`));
      void worker.terminate();
    });
    // Drawing errors come back as messages; an 'error' event means the thread itself could not
    // run (a runner without a TypeScript loader, an unreadable bundle): draw here instead.
    worker.once('error', () => {
      settled = true;
      announcementPdf(a).then(resolve, reject);
    });
    worker.once('exit', (code) => { if (!settled) reject(new Error(`announcement PDF worker exited (${code})`)); });
  });
}
