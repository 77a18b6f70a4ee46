import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackendThread } from '../../src/host/backend-thread';
import { startHost, type Host } from '../../src/host/server';
import { RESOURCES, tempDir } from '../helpers/workspace';

const t = tempDir('qcd-host-');
let host: Host;
let base: string;

beforeAll(async () => {
  const rendererDir = join(t.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><script type="module" src="./app.js"></script></head></html>');
  writeFileSync(join(t.dir, 'secret.txt'), 'outside the renderer');
  const backend = await startBackendThread(new URL(`file://${resolve('out/host/worker.mjs')}`), {
    workspace: join(t.dir, 'ws'), resourcesDir: RESOURCES, appVersion: 'test',
  });
  host = await startHost({ rendererDir, backend, port: 0 });
  base = new URL(host.url).origin;
});
afterAll(async () => { await host.close(); t.cleanup(); });

/** Raw HTTP, so that the Host header can be forged as a DNS-rebinding page would. */
function http(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((done, fail) => {
    const req = request(`${base}${path}`, { method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => { body += c.toString('utf8'); });
      res.on('end', () => done({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', fail);
    req.end(init.body);
  });
}

const invoke = (body: unknown, token = host.token) =>
  http('/__qcd/invoke', { method: 'POST', headers: { 'content-type': 'application/json', 'x-qcd-token': token }, body: JSON.stringify(body) });

describe('browser host', () => {
  it('listens on 127.0.0.1 only and serves the renderer with the bridge injected and a strict CSP', async () => {
    expect(new URL(host.url).hostname).toBe('127.0.0.1');
    const r = await http('/');
    expect(r.status).toBe(200);
    expect(r.body).toMatch(/<script src="\.\/__qcd\/bridge\.js"><\/script>\s*<script type="module"/);
    expect(String(r.headers['content-security-policy'])).toContain("script-src 'self'");
  });

  it('answers contract calls with the per-start token, and refuses without it', async () => {
    const ok = await invoke({ requestId: '1', channel: 'app:info', input: {}, session: null });
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { needsSetup: true, version: 'test' } });
    const bad = await invoke({ requestId: '2', channel: 'app:info', input: {}, session: null }, 'guess');
    expect(bad.status).toBe(401);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'E_AUTH_REQUIRED' } });
  });

  it('refuses a forged Host or a foreign Origin (DNS rebinding, other web pages)', async () => {
    const body = JSON.stringify({ requestId: '3', channel: 'app:info', input: {}, session: null });
    expect((await http('/__qcd/invoke', { method: 'POST', headers: { host: 'evil.example:80', 'x-qcd-token': host.token }, body })).status).toBe(403);
    expect((await http('/__qcd/invoke', { method: 'POST', headers: { origin: 'http://evil.example', 'x-qcd-token': host.token }, body })).status).toBe(403);
  });

  it('refuses unknown channels, malformed bodies and paths outside the renderer', async () => {
    expect(JSON.parse((await invoke({ requestId: '4', channel: 'fs:read', input: {}, session: null })).body))
      .toMatchObject({ error: { code: 'E_UNKNOWN_CHANNEL' } });
    const junk = await http('/__qcd/invoke', { method: 'POST', headers: { 'x-qcd-token': host.token }, body: '{not json' });
    expect(JSON.parse(junk.body)).toMatchObject({ error: { code: 'E_VALIDATION' } });
    expect((await http('/..%2Fsecret.txt')).status).toBe(404);
    expect((await http('/../secret.txt')).body).not.toContain('outside the renderer');
  });
});
