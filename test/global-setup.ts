import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * The CLI, host, Electron and browser tests run the real bundles. The Node bundles are rebuilt
 * every run (esbuild, ~1 s); the Electron and renderer builds when missing or older than the
 * sources (`npm test` has just built them, so then nothing is redone).
 */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-node.mjs'], { stdio: 'inherit' });
  // Pure unit work in progress need not wait for (or be broken by) the renderer build.
  if (process.env.QCD_SKIP_UI_BUILD === '1') return;
  const outputs = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
  const sources = Math.max(newest('src'), newest('electron'));
  if (!outputs.every((f) => existsSync(f) && statSync(f).mtimeMs >= sources)) {
    execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
  }
}
