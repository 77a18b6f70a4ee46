// `npm start`: builds when the sources are newer than the build, then opens the desktop app if
// Electron's runtime can run here, and otherwise says so in one line and serves the same app
// through the browser host (the Electron binary cannot be downloaded on offline machines).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stamp = join(root, 'out', '.build-stamp');
const args = process.argv.slice(2);

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function ensureBuilt() {
  const sources = Math.max(...['src', 'electron', 'resources'].map((d) => newest(join(root, d))), statSync(join(root, 'package.json')).mtimeMs);
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= sources) return;
  console.log('正在构建（首次启动或源码有更新）…');
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  writeFileSync(stamp, new Date().toISOString());
}

/** The Electron executable, if its runtime is installed; null when it is not (offline machines). */
function electronBinary() {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

ensureBuilt();
const electron = electronBinary();
if (electron && process.env.QCD_BROWSER !== '1') {
  const child = spawn(electron, [root, ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Electron 运行时在本机不可用（无法离线下载），改用浏览器预览打开同一应用 / Electron runtime unavailable here: serving the app in the browser preview.');
  const host = spawn(process.execPath, [join(root, 'out', 'host', 'qcd-host.mjs'), '--port', process.env.QCD_PORT ?? '5178', ...args], { stdio: ['inherit', 'pipe', 'inherit'] });
  host.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const url = /QCD_HOST_URL=(\S+)/.exec(String(chunk))?.[1];
    if (url && process.env.DISPLAY) spawn('xdg-open', [url], { stdio: 'ignore', detached: true }).on('error', () => {});
  });
  host.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
}
