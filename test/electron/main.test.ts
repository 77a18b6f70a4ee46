import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeElectron } from './fake-electron';

/**
 * Runs the BUILT main bundle (out/main/index.js) against a fake `electron`: the lifecycle order,
 * what reaches the backend process, and what happens when it dies.
 */
const MAIN_BUNDLE = fileURLToPath(new URL('../../out/main/index.js', import.meta.url));
const OUT_MAIN = path.dirname(MAIN_BUNDLE);
const WORKSPACE = path.resolve('/data/质量 信用/ws');
const originalArgv = process.argv;

type Fake = ReturnType<typeof createFakeElectron>;

async function boot(options: { lock: boolean }): Promise<Fake> {
  if (!existsSync(MAIN_BUNDLE)) throw new Error(`${MAIN_BUNDLE} is missing: run \`npx electron-vite build\` first`);
  const fake = createFakeElectron(options);
  vi.doMock('electron', () => fake.electron);
  await import(pathToFileURL(MAIN_BUNDLE).href);
  fake.markReady();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return fake;
}

beforeEach(() => {
  vi.resetModules();
  process.argv = [...originalArgv, '--workspace', WORKSPACE];
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  process.argv = originalArgv;
  vi.doUnmock('electron');
  vi.restoreAllMocks();
});

const rendererUrl = pathToFileURL(path.join(OUT_MAIN, '..', 'renderer', 'index.html')).href;
const fromRenderer = { senderFrame: { url: rendererUrl, parent: null } };
const request = { requestId: 'r-1', channel: 'app:info', input: {}, session: null };

describe('built main process', () => {
  it('quits without starting anything when another instance holds the lock', async () => {
    const fake = await boot({ lock: false });
    expect(fake.log).toEqual(['requestSingleInstanceLock', 'quit']);
    expect(fake.children).toEqual([]);
  });

  it('takes the lock first, then starts the backend, IPC and the window', async () => {
    const fake = await boot({ lock: true });
    expect(fake.log[0]).toBe('requestSingleInstanceLock');
    expect(fake.log.indexOf('fork')).toBeLessThan(fake.log.indexOf('new BrowserWindow'));
    expect(fake.log).toContain('handle qcd:invoke');

    const [child] = fake.children;
    expect(child?.modulePath).toBe(path.join(OUT_MAIN, 'backend.js'));
    expect(child?.options).toMatchObject({ serviceName: expect.any(String) });
    expect(child?.posted[0]).toEqual({
      type: 'start',
      options: { workspace: WORKSPACE, resourcesDir: path.join('/fake/repo', 'resources'), appVersion: '9.8.7' },
    });

    const [window] = fake.windows;
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      preload: path.join(OUT_MAIN, '..', 'preload', 'index.cjs'),
    });
    expect(window?.loadedUrl).toBe(rendererUrl);
  });

  it('routes a renderer call to the backend and back, and forwards progress', async () => {
    const fake = await boot({ lock: true });
    const handle = fake.handlers.get('qcd:invoke');
    const [child] = fake.children;
    const [window] = fake.windows;
    if (handle === undefined || child === undefined || window === undefined) throw new Error('not started');

    const answer = handle(fromRenderer, request) as Promise<unknown>;
    expect(child.posted.at(-1)).toEqual({ type: 'invoke', request });
    child.emit('message', { type: 'progress', event: { requestId: 'r-1', done: 1, total: 2 } });
    child.emit('message', { type: 'result', requestId: 'r-1', envelope: { ok: true, value: 42 } });
    await expect(answer).resolves.toEqual({ ok: true, value: 42 });
    expect(window.sent).toEqual([['qcd:progress', { requestId: 'r-1', done: 1, total: 2 }]]);

    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };
    await expect(handle(foreign, { ...request, requestId: 'r-2' })).resolves.toMatchObject({ ok: false });
    expect(child.posted).toHaveLength(2);
  });

  it('when the backend dies, answers pending calls with E_INTERNAL and offers a restart', async () => {
    const fake = await boot({ lock: true });
    fake.dialogResponse.value = 0;
    const handle = fake.handlers.get('qcd:invoke');
    const [child] = fake.children;
    if (handle === undefined || child === undefined) throw new Error('not started');

    const answer = handle(fromRenderer, request) as Promise<unknown>;
    child.emit('exit', 3);
    await expect(answer).resolves.toMatchObject({ ok: false, error: { code: 'E_INTERNAL' } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.dialogs).toHaveLength(1);
    expect(fake.dialogs[0]).toMatchObject({ type: 'error', buttons: ['重新启动', '退出'] });
    expect(fake.log.slice(-2)).toEqual(['relaunch', 'quit']);
  });

  it('stays quiet when the backend ends because the app is quitting', async () => {
    const fake = await boot({ lock: true });
    const [child] = fake.children;
    fake.appEvents.emit('before-quit');
    fake.appEvents.emit('will-quit');
    expect(child?.killed).toBe(true);
    child?.emit('exit', 0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.dialogs).toEqual([]);
  });
});
