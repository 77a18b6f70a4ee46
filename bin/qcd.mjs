#!/usr/bin/env node
// The qcd command. It runs the bundle that `npm run build` writes; without it, it says so.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../out/cli/qcd.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('qcd 尚未构建：请先运行 npm run build（qcd is not built yet: run npm run build）\n');
  process.exit(2);
}
await import(bundle);
