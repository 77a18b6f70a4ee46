import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * The BUILT utilityProcess entry (out/main/backend.js) in a process of its own, with the real
 * backend and a real workspace: the start message, queued early calls, 'ready' and 'result'.
 * Only Electron's parentPort is played (by fixtures/utility-host.mjs).
 */
const BACKEND = fileURLToPath(new URL('../../out/main/backend.js', import.meta.url));
const HOST = fileURLToPath(new URL('./fixtures/utility-host.mjs', import.meta.url));
const RESOURCES = fileURLToPath(new URL('../../resources', import.meta.url));

type Message = { type: string; [key: string]: unknown };

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function startHost(): { child: ChildProcess; next: (type: string) => Promise<Message> } {
  if (!existsSync(BACKEND)) throw new Error(`${BACKEND} is missing: run \`npx electron-vite build\` first`);
  const child = fork(HOST, [pathToFileURL(BACKEND).href], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  cleanups.push(() => child.kill());
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const inbox: Message[] = [];
  const waiting: { type: string; resolve: (m: Message) => void }[] = [];
  child.on('message', (raw) => {
    const message = raw as Message;
    const index = waiting.findIndex((w) => w.type === message.type);
    if (index >= 0) waiting.splice(index, 1)[0]?.resolve(message);
    else inbox.push(message);
  });
  const next = (type: string): Promise<Message> => {
    const index = inbox.findIndex((m) => m.type === type);
    if (index >= 0) return Promise.resolve(inbox.splice(index, 1)[0] as Message);
    return new Promise((resolve, reject) => {
      waiting.push({ type, resolve });
      setTimeout(() => reject(new Error(`no '${type}' message from backend.js within 10 s; stderr:\n${stderr}`)), 10_000).unref();
    });
  };
  return { child, next };
}

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'qcd-electron-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('built backend.js under a utilityProcess-like host', () => {
  it('opens the workspace from the start message and answers calls sent before it was ready', async () => {
    const workspace = path.join(tempDir(), '质量 信用', 'ws');
    const { child, next } = startHost();
    child.send({ type: 'start', options: { workspace, resourcesDir: RESOURCES, appVersion: '1.2.3' } });
    // Sent at once, as main does when the renderer asks while the database is still opening.
    child.send({ type: 'invoke', request: { requestId: 'r-1', channel: 'app:info', input: {}, session: null } });

    await expect(next('ready')).resolves.toEqual({ type: 'ready', workspace });
    const result = await next('result');
    expect(result).toMatchObject({
      requestId: 'r-1',
      envelope: { ok: true, value: { version: '1.2.3', workspace, needsSetup: true } },
    });
    child.send({ type: 'invoke', request: { requestId: 'r-2', channel: 'no:such', input: {}, session: null } });
    await expect(next('result')).resolves.toMatchObject({ requestId: 'r-2', envelope: { ok: false } });
  });

  it('reports a workspace it cannot open as fatal', async () => {
    const notADirectory = path.join(tempDir(), 'file');
    writeFileSync(notADirectory, 'not a workspace');
    const { child, next } = startHost();
    child.send({ type: 'start', options: { workspace: notADirectory, resourcesDir: RESOURCES, appVersion: '1.2.3' } });
    await expect(next('fatal')).resolves.toMatchObject({ type: 'fatal', error: { code: expect.stringMatching(/^E_/) } });
  });
});
