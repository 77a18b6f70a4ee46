import type { BackendInMessage, BackendOutMessage, BackendPort, BackendStartOptions } from '../src/backend/port/messages';
import { messageFor } from '../src/core/shared/errors';
import { parseInvokeMessage, parseStartMessage } from './backend-protocol';

/**
 * Adapts the utilityProcess's `process.parentPort` to the backend's `BackendPort`.
 * No Electron import at run time: tests drive it with a fake port.
 */

/** The part of Electron's `ParentPort` used here. */
export type ParentPortLike = {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  postMessage(message: BackendOutMessage): void;
};

export type StartBackend = (port: BackendPort, options: BackendStartOptions) => Promise<void>;

/**
 * Waits for the 'start' message, then starts the backend. Invokes that arrive before the backend
 * has registered its handler (it first opens and migrates the database) are queued, not lost.
 * Anything that is neither a start nor an invoke message is dropped.
 */
export function attachBackend(parent: ParentPortLike, start: StartBackend): void {
  let started = false;
  let handler: ((message: BackendInMessage) => void) | null = null;
  const queued: BackendInMessage[] = [];

  const port: BackendPort = {
    post: (message) => parent.postMessage(message),
    onMessage: (next) => {
      handler = next;
      for (const message of queued.splice(0)) next(message);
    },
  };

  parent.on('message', ({ data }) => {
    if (!started) {
      const startMessage = parseStartMessage(data);
      if (startMessage === null) return;
      started = true;
      start(port, startMessage.options).catch((error: unknown) => {
        // startBackend reports its own failures as 'fatal'; this catches what it did not foresee.
        const detail = error instanceof Error ? error.message : String(error);
        port.post({ type: 'fatal', error: { code: 'E_INTERNAL', message: `${messageFor('E_INTERNAL')}：${detail}` } });
      });
      return;
    }
    const invoke = parseInvokeMessage(data);
    if (invoke === null) return;
    if (handler === null) queued.push(invoke);
    else handler(invoke);
  });
}
