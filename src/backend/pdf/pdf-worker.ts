import { parentPort, workerData } from 'node:worker_threads';
import { announcementPdf, type Announcement } from './announcement';

// The announcement drawn on a thread of its own (see off-thread.ts): a 100,000-row notice is
// seconds of work that the publication's other files need not wait for.
if (!parentPort) throw new Error('pdf-worker must run as a worker thread');
const port = parentPort;
announcementPdf(workerData as Announcement).then(
  (pdf) => port.postMessage({ ok: true, pdf }, [pdf.buffer as ArrayBuffer]),
  (e: unknown) => port.postMessage({ ok: false, message: e instanceof Error ? e.stack ?? e.message : String(e) }),
);
