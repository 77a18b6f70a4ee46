import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { InvokeRequestSchema, isChannel, type ProgressEvent } from '../contract';
import { BRIDGE_SCRIPT } from './bridge-script';
import type { BackendThread } from './backend-thread';

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
  + "font-src 'self' data:; connect-src 'self'; frame-src blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json', '.woff2': 'font/woff2',
};
const MAX_BODY = 4 * 1024 * 1024;

export type HostOptions = { rendererDir: string; backend: BackendThread; port: number };
export type Host = { server: Server; url: string; token: string; close(): Promise<void> };

function sameToken(given: string | null | undefined, token: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type, 'content-security-policy': CSP, 'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer', 'cache-control': 'no-store', 'cross-origin-resource-policy': 'same-origin',
  });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The browser host: never part of the installer. It serves the built renderer and answers the
 * same contracts as the desktop shell, on 127.0.0.1 only. Every API request must carry the
 * per-start token, and the Host and Origin headers must name this server (no DNS rebinding, no
 * other web page calling in).
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const token = randomBytes(24).toString('base64url');
  const root = resolve(options.rendererDir);
  const streams = new Set<ServerResponse>();
  const unsubscribe = options.backend.onProgress((event: ProgressEvent) => {
    for (const res of streams) res.write(`event: progress\ndata: ${JSON.stringify(event)}\n\n`);
  });
  let origin = '';

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', origin);
      if (req.headers.host !== new URL(origin).host || (req.headers.origin && req.headers.origin !== origin)) {
        return send(res, 403, 'text/plain; charset=utf-8', 'forbidden');
      }
      if (url.pathname === '/__qcd/bridge.js') return send(res, 200, TYPES['.js'] ?? '', BRIDGE_SCRIPT);
      if (url.pathname === '/__qcd/invoke' && req.method === 'POST') {
        if (!sameToken(req.headers['x-qcd-token'] as string | undefined, token)) return send(res, 401, 'application/json', '{"ok":false,"error":{"code":"E_AUTH_REQUIRED","message":"本机服务令牌无效，请使用启动时打印的地址打开"}}');
        const body = await readBody(req);
        let parsed;
        try { parsed = body === null ? null : InvokeRequestSchema.safeParse(JSON.parse(body)); } catch { parsed = null; }
        if (!parsed?.success) return send(res, 400, 'application/json', '{"ok":false,"error":{"code":"E_VALIDATION","message":"请求格式错误"}}');
        if (!isChannel(parsed.data.channel)) return send(res, 200, 'application/json', JSON.stringify({ ok: false, error: { code: 'E_UNKNOWN_CHANNEL', message: '未知的调用' } }));
        return send(res, 200, 'application/json', JSON.stringify(await options.backend.invoke(parsed.data)));
      }
      if (url.pathname === '/__qcd/events') {
        if (!sameToken(url.searchParams.get('token'), token)) return send(res, 401, 'text/plain; charset=utf-8', 'bad token');
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        res.write(': connected\n\n');
        streams.add(res);
        req.on('close', () => streams.delete(res));
        return undefined;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed');
      const file = resolve(root, `.${decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)}`);
      if (file !== root && !file.startsWith(root + sep)) return send(res, 404, 'text/plain; charset=utf-8', 'not found');
      let content: Buffer;
      try { content = await readFile(file); } catch { return send(res, 404, 'text/plain; charset=utf-8', 'not found'); }
      if (extname(file) === '.html') {
        const html = content.toString('utf8').replace(/<script/, '<script src="./__qcd/bridge.js"></script>\n    <script');
        return send(res, 200, TYPES['.html'] ?? '', html);
      }
      return send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', content);
    })().catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `internal error: ${String(e)}`);
    });
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, '127.0.0.1', () => done());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  origin = `http://127.0.0.1:${port}`;
  return {
    server, token, url: `${origin}/#token=${token}`,
    close: async () => {
      unsubscribe();
      for (const res of streams) res.end();
      await new Promise<void>((done) => server.close(() => done()));
      await options.backend.close();
    },
  };
}

export const rendererIndex = (dir: string): string => join(dir, 'index.html');
