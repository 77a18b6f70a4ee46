import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startBackendThread } from './backend-thread';
import { startHost } from './server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The same default the desktop app uses on Linux: the user's data folder. */
function defaultWorkspace(): string {
  const data = process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(data, 'quality-credit-desk', 'workspace');
}

const { values } = parseArgs({
  options: { workspace: { type: 'string' }, port: { type: 'string', default: '0' } },
  strict: true,
});
const workspace = resolve(values.workspace ?? defaultWorkspace());
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

try {
  const backend = await startBackendThread(new URL('./worker.mjs', import.meta.url), {
    workspace, resourcesDir: join(ROOT, 'resources'), appVersion: version,
  });
  const rendererDir = join(ROOT, 'out', 'renderer');
  const wanted = Number(values.port);
  // A busy preferred port is no reason to fail: take any free one and print it.
  const host = await startHost({ rendererDir, backend, port: wanted }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'EADDRINUSE' && wanted !== 0) return startHost({ rendererDir, backend, port: 0 });
    throw e;
  });
  process.stdout.write(`浏览器预览已启动（工作区 ${workspace}）。请在浏览器中打开：\n${host.url}\nQCD_HOST_URL=${host.url}\n`);
  const stop = () => { void host.close().then(() => process.exit(0)); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  const appError = (e as { appError?: { code: string; message: string } }).appError;
  process.stderr.write(appError ? `错误 ${appError.code}：${appError.message}\n` : `无法启动：${String(e)}\n`);
  process.exit(1);
}
