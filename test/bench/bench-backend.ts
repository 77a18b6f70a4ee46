import { randomUUID } from 'node:crypto';
import { openBackend, type Backend } from '../../src/backend/backend';
import type { Envelope } from '../../src/contract';
import { RESOURCES } from '../helpers/workspace';

export const BENCH_PASSWORD = 'Bench-pass-1';

export type BenchBackend = {
  backend: Backend;
  call(channel: string, input: unknown): Promise<Envelope>;
  close(): void;
};

/** A backend on `dir` signed in as admin (created first when the workspace is new). */
export async function benchBackend(dir: string): Promise<BenchBackend> {
  const backend = await openBackend({ workspace: dir, resourcesDir: RESOURCES, appVersion: 'bench' });
  const raw = (channel: string, input: unknown, session: string | null) => backend.router.call({ requestId: randomUUID(), channel, input, session });
  const info = await raw('app:info', {}, null);
  if (info.ok && (info.value as { needsSetup: boolean }).needsSetup) {
    await raw('setup:create-admin', { username: 'admin', displayName: '管理员', password: BENCH_PASSWORD }, null);
  }
  const login = await raw('auth:login', { username: 'admin', password: BENCH_PASSWORD }, null);
  if (!login.ok) throw new Error(`${login.error.code} ${login.error.message}`);
  const session = (login.value as { session: string }).session;
  return { backend, call: (channel, input) => raw(channel, input, session), close: () => backend.close() };
}

/** Calls and unwraps, failing the bench on an error envelope. */
export async function value(b: BenchBackend, channel: string, input: unknown): Promise<unknown> {
  const r = await b.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value;
}
