import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, ProgressEventSchema, type Bridge, type Envelope, type ProgressEvent } from '../src/contract';
import { messageFor } from '../src/core/shared/errors';
import { INVOKE_IPC, PROGRESS_IPC } from './ipc-channels';

/**
 * The renderer's only door: `window.api`, the contract's `Bridge`. The allow-list is the
 * contract's CHANNELS itself, so a channel added to the contract is callable with no change here,
 * and nothing else is. ipcRenderer never crosses the bridge: a page holding it could send on any
 * IPC channel.
 *
 * Built as one CommonJS file with the contract and zod inside: a sandboxed preload may require
 * nothing but `electron`.
 */
const allowed: ReadonlySet<string> = new Set(CHANNELS);

function failure(code: 'E_UNKNOWN_CHANNEL' | 'E_INTERNAL'): Envelope {
  return { ok: false, error: { code, message: messageFor(code) } };
}

const bridge: Bridge = {
  invoke(request) {
    // A channel outside the contract never reaches IPC (the main process checks again).
    const channel: unknown = typeof request === 'object' && request !== null ? request.channel : undefined;
    if (typeof channel !== 'string' || !allowed.has(channel)) return Promise.resolve(failure('E_UNKNOWN_CHANNEL'));
    // The Bridge promises an envelope, never a rejection (main's handler missing or crashed).
    return (ipcRenderer.invoke(INVOKE_IPC, request) as Promise<Envelope>).catch(() => failure('E_INTERNAL'));
  },

  onProgress(listener: (event: ProgressEvent) => void) {
    // The IpcRendererEvent stays here: its `sender` is ipcRenderer itself.
    const relay = (_event: IpcRendererEvent, payload: unknown): void => {
      const parsed = ProgressEventSchema.safeParse(payload);
      if (parsed.success) listener(parsed.data);
    };
    ipcRenderer.on(PROGRESS_IPC, relay);
    return () => {
      ipcRenderer.removeListener(PROGRESS_IPC, relay);
    };
  },
};

contextBridge.exposeInMainWorld('api', bridge);
