import { describe, expect, it } from 'vitest';
import type { InvokeRequest, ProgressEvent } from '../../src/contract';
import type { AppError } from '../../src/core/shared/result';
import { createBackendClient } from '../../electron/backend-client';
import type { HostToBackendMessage } from '../../electron/backend-protocol';

function setup() {
  const sent: HostToBackendMessage[] = [];
  const progress: ProgressEvent[] = [];
  const fatal: AppError[] = [];
  const exits: number[] = [];
  const malformed: unknown[] = [];
  const client = createBackendClient({
    send: (message) => sent.push(message),
    onProgress: (event) => progress.push(event),
    onFatal: (error) => fatal.push(error),
    onExit: (code) => exits.push(code),
    onMalformed: (message) => malformed.push(message),
  });
  return { client, sent, progress, fatal, exits, malformed };
}

const request = (requestId: string): InvokeRequest => ({ requestId, channel: 'app:info', input: {}, session: null });

describe('backend client', () => {
  it('sends invokes and resolves each with its own result, in any order', async () => {
    const { client, sent } = setup();
    const first = client.invoke(request('a'));
    const second = client.invoke(request('b'));
    expect(sent).toEqual([
      { type: 'invoke', request: request('a') },
      { type: 'invoke', request: request('b') },
    ]);
    client.handleMessage({ type: 'result', requestId: 'b', envelope: { ok: true, value: 2 } });
    client.handleMessage({ type: 'result', requestId: 'a', envelope: { ok: true, value: 1 } });
    await expect(first).resolves.toEqual({ ok: true, value: 1 });
    await expect(second).resolves.toEqual({ ok: true, value: 2 });
  });

  it('relays progress and tracks readiness', () => {
    const { client, progress } = setup();
    expect(client.state()).toEqual({ kind: 'starting' });
    client.handleMessage({ type: 'ready', workspace: '/ws' });
    expect(client.state()).toEqual({ kind: 'ready', workspace: '/ws' });
    client.handleMessage({ type: 'progress', event: { requestId: 'a', done: 1, total: 4 } });
    expect(progress).toEqual([{ requestId: 'a', done: 1, total: 4 }]);
  });

  it('refuses a second live call with the same requestId', async () => {
    const { client, sent } = setup();
    void client.invoke(request('a'));
    await expect(client.invoke(request('a'))).resolves.toMatchObject({ ok: false, error: { code: 'E_VALIDATION' } });
    expect(sent).toHaveLength(1);
  });

  it('on a fatal start, fails pending and later calls with the backend error', async () => {
    const { client, sent, fatal } = setup();
    const pending = client.invoke(request('a'));
    const error: AppError = { code: 'E_DB_TOO_NEW', message: '数据库由更新版本的程序创建' };
    client.handleMessage({ type: 'fatal', error });
    await expect(pending).resolves.toEqual({ ok: false, error });
    await expect(client.invoke(request('b'))).resolves.toEqual({ ok: false, error });
    expect(fatal).toEqual([error]);
    expect(sent).toHaveLength(1);
  });

  it('on exit, fails pending and later calls with E_INTERNAL, and reports the exit once', async () => {
    const { client, sent, exits } = setup();
    const pending = client.invoke(request('a'));
    client.handleExit(9);
    client.handleExit(9);
    await expect(pending).resolves.toMatchObject({ ok: false, error: { code: 'E_INTERNAL' } });
    await expect(client.invoke(request('b'))).resolves.toMatchObject({ ok: false, error: { code: 'E_INTERNAL' } });
    expect(exits).toEqual([9]);
    expect(sent).toHaveLength(1);
    // A late result from the dead process changes nothing.
    client.handleMessage({ type: 'result', requestId: 'a', envelope: { ok: true, value: 1 } });
    expect(client.state()).toEqual({ kind: 'exited', code: 9 });
  });

  it('reports malformed messages instead of acting on them', async () => {
    const { client, malformed } = setup();
    const pending = client.invoke(request('a'));
    const bad = [
      null,
      { type: 'result', requestId: 'a' },
      { type: 'result', requestId: 'a', envelope: { ok: 'yes' } },
      { type: 'progress', event: { requestId: 'a', done: -1, total: 1 } },
      { type: 'fatal', error: { code: 'E_NO_SUCH_CODE', message: '?' } },
      { type: 'shout' },
    ];
    for (const message of bad) client.handleMessage(message);
    expect(malformed).toEqual(bad);
    client.handleMessage({ type: 'result', requestId: 'a', envelope: { ok: true, value: 'still waiting' } });
    await expect(pending).resolves.toEqual({ ok: true, value: 'still waiting' });
  });
});
