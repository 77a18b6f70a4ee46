import { Worker } from 'node:worker_threads';
import type { AppError } from '../core/shared/result';
import type { Envelope, InvokeRequest, ProgressEvent } from '../contract';
import type { BackendOutMessage, BackendStartOptions } from '../backend/port/messages';

export type BackendThread = {
  invoke(request: InvokeRequest): Promise<Envelope>;
  onProgress(listener: (event: ProgressEvent) => void): () => void;
  close(): Promise<void>;
};

/** Starts the backend in a worker thread and resolves once the workspace is open. */
export function startBackendThread(workerFile: URL, options: BackendStartOptions): Promise<BackendThread> {
  const worker = new Worker(workerFile, { workerData: options });
  const pending = new Map<string, (envelope: Envelope) => void>();
  const listeners = new Set<(event: ProgressEvent) => void>();
  return new Promise((resolve, reject) => {
    const thread: BackendThread = {
      invoke: (request) => new Promise((done) => {
        pending.set(request.requestId, done);
        worker.postMessage({ type: 'invoke', request });
      }),
      onProgress: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      close: async () => { await worker.terminate(); },
    };
    worker.on('message', (m: BackendOutMessage) => {
      if (m.type === 'ready') resolve(thread);
      else if (m.type === 'fatal') reject(Object.assign(new Error(m.error.message), { appError: m.error }));
      else if (m.type === 'progress') for (const l of listeners) l(m.event);
      else if (m.type === 'result') {
        pending.get(m.requestId)?.(m.envelope);
        pending.delete(m.requestId);
      }
    });
    worker.on('error', (e) => reject(e));
    worker.on('exit', (code) => {
      const error: AppError = { code: 'E_INTERNAL', message: `后台服务已退出（${code}）` };
      for (const done of pending.values()) done({ ok: false, error });
      pending.clear();
    });
  });
}
