import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

/**
 * Loads the BUILT preload (out/preload/index.cjs) the way a sandboxed renderer does: as a
 * CommonJS function whose `require` knows only `electron`, in a fresh global scope without Node.
 * Electron itself is a fake that records what the preload does with it.
 */
export const PRELOAD_BUNDLE = fileURLToPath(new URL('../../out/preload/index.cjs', import.meta.url));

type Listener = (...args: unknown[]) => void;

export type LoadedPreload = {
  source: string;
  /** Every module id the bundle asked `require` for, in order. */
  required: string[];
  /** Every `contextBridge.exposeInMainWorld(key, value)` call. */
  exposed: { key: string; value: unknown }[];
  /** Every `ipcRenderer.invoke(channel, ...args)` call. */
  invokes: { channel: string; args: unknown[] }[];
  /** Delivers an IPC message to the preload's listeners, as main's `webContents.send` would. */
  emit(channel: string, ...args: unknown[]): void;
  listenerCount(channel: string): number;
  /** What the fake `ipcRenderer.invoke` resolves with, or rejects with when `reject` is set. */
  reply: { value: unknown; reject?: boolean };
};

export function loadPreload(): LoadedPreload {
  if (!existsSync(PRELOAD_BUNDLE)) {
    throw new Error(`${PRELOAD_BUNDLE} is missing: run \`npx electron-vite build\` (or npm run build) first`);
  }
  const source = readFileSync(PRELOAD_BUNDLE, 'utf8');
  const listeners = new Map<string, Set<Listener>>();
  const loaded: LoadedPreload = {
    source,
    required: [],
    exposed: [],
    invokes: [],
    reply: { value: { ok: true, value: 'from-main' } },
    emit(channel, ...args) {
      for (const listener of [...(listeners.get(channel) ?? [])]) listener(...args);
    },
    listenerCount: (channel) => listeners.get(channel)?.size ?? 0,
  };
  const ipcRenderer = {
    invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      loaded.invokes.push({ channel, args });
      return loaded.reply.reject ? Promise.reject(loaded.reply.value) : Promise.resolve(loaded.reply.value);
    },
    on(channel: string, listener: Listener) {
      const set = listeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(channel, set);
      return ipcRenderer;
    },
    removeListener(channel: string, listener: Listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
  };
  const electron = {
    contextBridge: {
      exposeInMainWorld(key: string, value: unknown) {
        loaded.exposed.push({ key, value });
      },
    },
    ipcRenderer,
  };
  const fakeRequire = (id: string): unknown => {
    loaded.required.push(id);
    if (id === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require "${id}"`);
  };
  const context = vm.createContext({});
  const wrapped: unknown = vm.runInContext(`(function (exports, require, module) {${source}\n})`, context, {
    filename: PRELOAD_BUNDLE,
  });
  if (typeof wrapped !== 'function') throw new Error('the preload wrapper did not compile to a function');
  const module = { exports: {} };
  wrapped(module.exports, fakeRequire, module);
  return loaded;
}
