import { describe, expect, it } from 'vitest';
import type { BackendInMessage, BackendOutMessage, BackendPort, BackendStartOptions } from '../../src/backend/port/messages';
import { attachBackend, type ParentPortLike } from '../../electron/parent-port';

function fakeParent() {
  let listener: ((event: { data: unknown }) => void) | null = null;
  const posted: BackendOutMessage[] = [];
  const parent: ParentPortLike = {
    on: (_event, next) => (listener = next),
    postMessage: (message) => posted.push(message),
  };
  const deliver = (data: unknown): void => {
    if (listener === null) throw new Error('no message listener');
    listener({ data });
  };
  return { parent, posted, deliver };
}

const options: BackendStartOptions = { workspace: 'D:\\质量 信用\\ws', resourcesDir: '/app/resources', appVersion: '0.1.0' };
const invoke = (requestId: string): BackendInMessage => ({
  type: 'invoke',
  request: { requestId, channel: 'app:info', input: {}, session: null },
});

describe('utilityProcess adapter', () => {
  it('starts the backend with the options of the first start message only', () => {
    const { parent, deliver } = fakeParent();
    const starts: BackendStartOptions[] = [];
    attachBackend(parent, async (_port, received) => {
      starts.push(received);
    });
    deliver(invoke('early'));
    deliver({ type: 'start', options: { workspace: '' } });
    expect(starts).toEqual([]);
    deliver({ type: 'start', options });
    deliver({ type: 'start', options: { ...options, workspace: '/other' } });
    expect(starts).toEqual([options]);
  });

  it('queues invokes until the backend listens, then delivers them in order', async () => {
    const { parent, posted, deliver } = fakeParent();
    let port: BackendPort | null = null;
    attachBackend(parent, async (given) => {
      port = given;
    });
    deliver({ type: 'start', options });
    deliver(invoke('1'));
    deliver({ type: 'nonsense' });
    deliver(invoke('2'));
    const received: BackendInMessage[] = [];
    port!.onMessage((message) => received.push(message));
    deliver(invoke('3'));
    expect(received).toEqual([invoke('1'), invoke('2'), invoke('3')]);

    port!.post({ type: 'ready', workspace: options.workspace });
    expect(posted).toEqual([{ type: 'ready', workspace: options.workspace }]);
  });

  it('turns an unexpected start failure into a fatal message', async () => {
    const { parent, posted, deliver } = fakeParent();
    attachBackend(parent, async () => {
      throw new Error('disk on fire');
    });
    deliver({ type: 'start', options });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ type: 'fatal', error: { code: 'E_INTERNAL' } });
    expect(JSON.stringify(posted[0])).toContain('disk on fire');
  });
});
