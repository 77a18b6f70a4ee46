import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Envelope, type InvokeRequest } from '../../src/contract';
import { createInvokeHandler, type InvokeEventLike, type RefusalReason } from '../../electron/ipc';

const RENDERER = pathToFileURL('/app/out/renderer/index.html').href;

function setup() {
  const forward = vi.fn(async (request: InvokeRequest): Promise<Envelope> => ({ ok: true, value: request.channel }));
  const refusals: [RefusalReason, string][] = [];
  const handle = createInvokeHandler({
    rendererUrl: RENDERER,
    forward,
    onRefused: (reason, detail) => refusals.push([reason, detail]),
  });
  return { forward, refusals, handle };
}

const fromRenderer: InvokeEventLike = { senderFrame: { url: `${RENDERER}#/enterprises`, parent: null } };

function request(channel: string): InvokeRequest {
  return { requestId: 'r-1', channel, input: {}, session: null };
}

describe('qcd:invoke wrapper', () => {
  it('forwards every contract channel from our renderer', async () => {
    const { forward, handle } = setup();
    for (const channel of CHANNELS) {
      await expect(handle(fromRenderer, request(channel))).resolves.toEqual({ ok: true, value: channel });
    }
    expect(forward).toHaveBeenCalledTimes(CHANNELS.length);
    expect(forward.mock.calls[0]?.[0]).toEqual(request(CHANNELS[0] ?? ''));
  });

  it('refuses a foreign sender URL', async () => {
    const { forward, refusals, handle } = setup();
    for (const url of ['https://evil.example/', 'file:///tmp/evil.html', 'http://localhost:5173/', 'about:blank']) {
      const event: InvokeEventLike = { senderFrame: { url, parent: null } };
      await expect(handle(event, request('app:info'))).resolves.toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    }
    expect(forward).not.toHaveBeenCalled();
    expect(refusals.map(([reason]) => reason)).toEqual(Array(4).fill('foreign-sender'));
    expect(refusals[0]?.[1]).toBe('https://evil.example/');
  });

  it('refuses a sub-frame of our page, and a sender whose frame is gone', async () => {
    const { forward, handle } = setup();
    const subFrame: InvokeEventLike = { senderFrame: { url: RENDERER, parent: {} } };
    const gone: InvokeEventLike = { senderFrame: null };
    for (const event of [subFrame, gone]) {
      await expect(handle(event, request('app:info'))).resolves.toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    }
    expect(forward).not.toHaveBeenCalled();
  });

  it('refuses a channel outside the contract', async () => {
    const { forward, refusals, handle } = setup();
    for (const channel of ['nope:nope', 'APP:INFO', '__proto__', 'constructor', 'qcd:invoke']) {
      await expect(handle(fromRenderer, request(channel))).resolves.toEqual({
        ok: false,
        error: { code: 'E_UNKNOWN_CHANNEL', message: '未知的调用' },
      });
    }
    expect(forward).not.toHaveBeenCalled();
    expect(refusals.every(([reason]) => reason === 'unknown-channel')).toBe(true);
  });

  it('refuses payloads that are not invoke requests', async () => {
    const { forward, handle } = setup();
    const bad: unknown[] = [
      undefined,
      'app:info',
      { channel: 'app:info' },
      { requestId: '', channel: 'app:info', input: {}, session: null },
      { requestId: 'r', channel: 'app:info', input: {}, session: 42 },
      { requestId: 'x'.repeat(65), channel: 'app:info', input: {}, session: null },
    ];
    for (const payload of bad) {
      await expect(handle(fromRenderer, payload)).resolves.toMatchObject({ ok: false, error: { code: 'E_VALIDATION' } });
    }
    expect(forward).not.toHaveBeenCalled();
  });
});
