import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The CLI, host and Electron tests run the real bundles. The Node bundles are rebuilt every run
 * (esbuild, ~1 s); the Electron and renderer builds only when missing (`npm test` builds first).
 */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-node.mjs'], { stdio: 'inherit' });
  if (!['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'].every((f) => existsSync(f))) {
    execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
  }
}
