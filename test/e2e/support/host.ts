import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const PASSWORD = 'E2e-pass-2026';

const HOST = join(ROOT, 'out/host/qcd-host.mjs');
const QCD = join(ROOT, 'bin/qcd.mjs');
const BUILT = [HOST, join(ROOT, 'out/cli/qcd.mjs'), join(ROOT, 'out/renderer/index.html')];

/** The specs drive the built app, exactly what a user gets; they do not build it themselves. */
export function requireBuild(): void {
  const missing = BUILT.filter((file) => !existsSync(file));
  if (missing.length > 0) throw new Error(`Run \`npm run build\` first; missing: ${missing.join(', ')}`);
}

export type Workspace = { dir: string; passwordFile: string; cleanup(): void };

/** A fresh folder per spec: the workspace lives in `dir`, the password file next to it. */
export function throwAwayWorkspace(): Workspace {
  const base = mkdtempSync(join(tmpdir(), 'qcd-e2e-'));
  const passwordFile = join(base, 'password.txt');
  writeFileSync(passwordFile, PASSWORD, { mode: 0o600 });
  return { dir: join(base, 'workspace'), passwordFile, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

/** Fills the workspace through the real CLI: accounts admin, reviewer and officer, all with PASSWORD. */
export function loadDemo(workspace: Workspace, enterprises: number, seed: string): void {
  const args = [QCD, 'demo', '--workspace', workspace.dir, '--enterprises', String(enterprises), '--seed', seed, '--password-file', workspace.passwordFile];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`qcd demo failed (${run.status}): ${run.stderr}`);
}

export type RunningHost = { url: string; stop(): Promise<void> };

/** Starts the browser host on a free port and waits for the URL it prints. */
export function startHost(workspace: Workspace): Promise<RunningHost> {
  const child = spawn(process.execPath, [HOST, '--workspace', workspace.dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      void stop();
      fail(new Error(`the host printed no QCD_HOST_URL within 30 s:\n${output}`));
    }, 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /^QCD_HOST_URL=(\S+)$/m.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      done({ url: match[1], stop });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the host exited (${code}) before it was ready:\n${output}`));
    });
  });
}
