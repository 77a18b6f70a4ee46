import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { openBackend, type Backend } from '../../src/backend/backend';
import type { Channel, Envelope, InputOf } from '../../src/contract';

export const RESOURCES = resolve(import.meta.dirname, '../../resources');
export const PASSWORD = 'Test-pass-2026';

export function tempDir(prefix = 'qcd-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export type TestBackend = Backend & {
  dir: string;
  call<K extends Channel>(channel: K, input: InputOf<K>, session?: string | null): Promise<Envelope>;
  /** Calls and unwraps, failing the test on an error envelope. */
  value<K extends Channel>(channel: K, input: InputOf<K>, session?: string | null): Promise<unknown>;
  login(username: string): Promise<string>;
  cleanup(): void;
};

/** A real workspace in a temporary folder, with admin, reviewer and officer accounts. */
export async function testBackend(options: { accounts?: boolean; now?: () => Date } = {}): Promise<TestBackend> {
  const { dir, cleanup } = tempDir();
  const backend = await openBackend({ workspace: dir, resourcesDir: RESOURCES, appVersion: 'test', ...(options.now ? { now: options.now } : {}) });
  const call = <K extends Channel>(channel: K, input: InputOf<K>, session: string | null = null) =>
    backend.router.call({ requestId: randomUUID(), channel, input, session });
  const value = async <K extends Channel>(channel: K, input: InputOf<K>, session: string | null = null) => {
    const r = await call(channel, input, session);
    if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
    return r.value;
  };
  const login = async (username: string) => ((await value('auth:login', { username, password: PASSWORD })) as { session: string }).session;
  if (options.accounts !== false) {
    await value('setup:create-admin', { username: 'admin', displayName: '系统管理员', password: PASSWORD });
    const admin = await login('admin');
    await value('users:create', { username: 'reviewer', displayName: '审核员', role: 'reviewer', password: PASSWORD }, admin);
    await value('users:create', { username: 'officer', displayName: '经办员', role: 'officer', password: PASSWORD }, admin);
  }
  return {
    // A getter, not a copy: a restore replaces the backend's workspace.
    get ws() { return backend.ws; },
    router: backend.router, localReaderSession: backend.localReaderSession, close: backend.close,
    dir, call, value, login, cleanup: () => { backend.close(); cleanup(); },
  };
}
