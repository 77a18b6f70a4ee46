import { execFileSync } from 'node:child_process';

/** The CLI and host tests run the real bundles, so they are rebuilt (esbuild, ~1 s) first. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-node.mjs'], { stdio: 'inherit' });
}
