import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackendThread } from '../../src/host/backend-thread';
import { startHost, type Host } from '../../src/host/server';
import { RESOURCES, tempDir } from '../helpers/workspace';
import { RUNS } from './runs';

const t = tempDir('qcd-hostile-host-');
let host: Host;
let cases = 0;

beforeAll(async () => {
  const rendererDir = join(t.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><script src="./a.js"></script>');
  const backend = await startBackendThread(new URL(`file://${resolve('out/host/worker.mjs')}`), {
    workspace: join(t.dir, 'ws'), resourcesDir: RESOURCES, appVersion: 'test',
  });
  host = await startHost({ rendererDir, backend, port: 0 });
});
afterAll(async () => {
  await host.close();
  t.cleanup();
  console.warn(`hostile host requests: ${cases} cases`);
});

function post(path: string, body: Buffer, token: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request(`${new URL(host.url).origin}${path}`, { method: 'POST', headers: { 'x-qcd-token': token, 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => { text += c.toString('utf8'); });
      res.on('end', () => done({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', fail);
    req.end(body);
  });
}

describe('the browser host survives hostile requests', () => {
  it('answers any body with an envelope and a stable code', async () => {
    const body = fc.oneof(
      fc.uint8Array({ maxLength: 512 }).map((a) => Buffer.from(a)),
      fc.json().map((j) => Buffer.from(j)),
      fc.record({ requestId: fc.string(), channel: fc.constantFrom('app:info', 'auth:login', 'enterprises:list', 'x:y', ''), input: fc.anything(), session: fc.option(fc.string()) })
        .map((r) => Buffer.from(JSON.stringify(r))),
    );
    await fc.assert(fc.asyncProperty(body, fc.boolean(), async (b, withToken) => {
      const r = await post('/__qcd/invoke', b, withToken ? host.token : 'nope');
      cases++;
      expect([200, 400, 401]).toContain(r.status);
      const envelope = JSON.parse(r.body) as { ok: boolean; error?: { code: string } };
      expect(typeof envelope.ok).toBe('boolean');
      if (!envelope.ok) expect(envelope.error?.code).toMatch(/^E_[A-Z_]+$/);
      if (!withToken) expect(r.status).toBe(401);
    }), { numRuns: RUNS });
  }, 600_000);

  it('refuses a body over 4 MiB without reading it all', async () => {
    const r = await post('/__qcd/invoke', Buffer.alloc(5 * 1024 * 1024, 0x20), host.token);
    expect(r.status).toBe(400);
  });
});
