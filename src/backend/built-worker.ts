import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Where a worker thread's script is in a build: beside the bundle (out/cli, out/host), or one
 * folder up from a bundle's chunk (out/main/chunks). Built by scripts/build-node.mjs and
 * electron.vite.config.ts. Run from source (tests, tsx) there is none, and the caller does the
 * work on its own thread instead.
 *
 * @example builtWorker('pdf-worker') // file:///…/out/cli/pdf-worker.mjs, or undefined from source
 */
export function builtWorker(name: string): URL | undefined {
  const candidates = [`./${name}.mjs`, `./${name}.js`, `../${name}.js`, `../${name}.mjs`];
  return candidates.map((c) => new URL(c, import.meta.url)).find((u) => u.protocol === 'file:' && existsSync(fileURLToPath(u)));
}
