import { beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Bridge, type InvokeRequest, type ProgressEvent } from '../../src/contract';
import { loadPreload, type LoadedPreload } from './load-preload';

/**
 * The preload's allow-list is the contract's: every contract channel reaches IPC, nothing else
 * does. These tests run against the built bundle, so they also prove that what ships is what the
 * source says.
 */

let preload: LoadedPreload;
let api: Bridge;

function request(channel: string, requestId = 'r-1'): InvokeRequest {
  return { requestId, channel, input: { page: 1 }, session: 'session-token' };
}

beforeEach(() => {
  preload = loadPreload();
  const only = preload.exposed[0];
  if (only === undefined) throw new Error('the preload exposed nothing');
  api = only.value as Bridge;
});

describe('built preload bundle', () => {
  it('requires nothing but electron, so it can run in a sandboxed renderer', () => {
    expect(preload.required).toEqual(['electron']);
    const requires = [...preload.source.matchAll(/\brequire\s*\(\s*(['"`])([^'"`]*)\1\s*\)/g)].map((m) => m[2]);
    expect(new Set(requires)).toEqual(new Set(['electron']));
    // A sandboxed preload cannot load ES modules either.
    expect(preload.source).not.toMatch(/^\s*(import|export)\s/m);
    expect(preload.source).not.toMatch(/\bimport\s*\(/);
  });

  it('exposes exactly one key, `api`, holding only invoke and onProgress', () => {
    expect(preload.exposed.map((e) => e.key)).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'onProgress']);
  });
});

describe('window.api.invoke', () => {
  it('covers a non-empty contract, channel for channel', () => {
    expect(CHANNELS.length).toBeGreaterThan(0);
    expect([...CHANNELS].sort()).toEqual(Object.keys(contract).sort());
  });

  it('forwards every contract channel unchanged on qcd:invoke', async () => {
    for (const [i, channel] of CHANNELS.entries()) {
      const sent = request(channel, `r-${i}`);
      preload.reply.value = { ok: true, value: channel };
      await expect(api.invoke(sent)).resolves.toEqual({ ok: true, value: channel });
      expect(preload.invokes.at(-1)).toEqual({ channel: 'qcd:invoke', args: [sent] });
    }
    expect(preload.invokes).toHaveLength(CHANNELS.length);
  });

  it('answers with an E_INTERNAL envelope when IPC itself fails', async () => {
    preload.reply.value = new Error("No handler registered for 'qcd:invoke'");
    preload.reply.reject = true;
    await expect(api.invoke(request('app:info'))).resolves.toEqual({
      ok: false,
      error: { code: 'E_INTERNAL', message: '程序内部错误' },
    });
  });

  it('refuses channels outside the contract without touching IPC', async () => {
    const nearMisses = CHANNELS.flatMap((c) => [c.toUpperCase(), ` ${c}`, `${c} `, `${c}x`, c.replace(':', '/')]);
    const others = ['', 'nope:nope', 'qcd:invoke', 'qcd:progress', '__proto__', 'constructor', 'toString', 'hasOwnProperty'];
    for (const channel of [...others, ...nearMisses.filter((c) => !CHANNELS.includes(c as never))]) {
      await expect(api.invoke(request(channel))).resolves.toEqual({
        ok: false,
        error: { code: 'E_UNKNOWN_CHANNEL', message: '未知的调用' },
      });
    }
    expect(preload.invokes).toEqual([]);
  });

  it('refuses requests that are not objects with a string channel', async () => {
    const invoke = api.invoke as (request: unknown) => Promise<unknown>;
    for (const bad of [null, undefined, 42, 'app:info', { channel: 42 }, { channel: ['app:info'] }]) {
      await expect(invoke(bad)).resolves.toMatchObject({ ok: false, error: { code: 'E_UNKNOWN_CHANNEL' } });
    }
    expect(preload.invokes).toEqual([]);
  });
});

describe('window.api.onProgress', () => {
  const progress: ProgressEvent = { requestId: 'r-9', done: 3, total: 10, label: '生成企业' };

  it('delivers progress events without the IpcRendererEvent, and unsubscribes', () => {
    const received: unknown[][] = [];
    const unsubscribe = api.onProgress((...args: unknown[]) => received.push(args));
    expect(preload.listenerCount('qcd:progress')).toBe(1);

    preload.emit('qcd:progress', { sender: 'the ipcRenderer itself' }, progress);
    expect(received).toEqual([[progress]]);

    unsubscribe();
    expect(preload.listenerCount('qcd:progress')).toBe(0);
    preload.emit('qcd:progress', {}, progress);
    expect(received).toHaveLength(1);
  });

  it('drops malformed progress payloads', () => {
    const received: unknown[] = [];
    api.onProgress((event) => received.push(event));
    preload.emit('qcd:progress', {}, { requestId: 'r', done: -1, total: 'many' });
    preload.emit('qcd:progress', {}, undefined);
    expect(received).toEqual([]);
  });
});
