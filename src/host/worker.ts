import { parentPort, workerData } from 'node:worker_threads';
import { startBackend } from '../backend/port/start';
import type { BackendInMessage, BackendStartOptions } from '../backend/port/messages';

// The browser host's backend thread: the same backend the desktop app runs in its
// utilityProcess, so the HTTP thread stays responsive during long work.
if (!parentPort) throw new Error('worker.ts must run as a worker thread');
const port = parentPort;
await startBackend(
  {
    post: (message) => port.postMessage(message),
    onMessage: (handler) => port.on('message', (m: BackendInMessage) => handler(m)),
  },
  workerData as BackendStartOptions,
);
