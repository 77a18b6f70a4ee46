// Bundles the Node-side entry points that are not part of the Electron app: the `qcd` command
// and the browser host. Native and npm packages stay external and load from node_modules.
import { build } from 'esbuild';

const common = {
  bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external',
  sourcemap: true, logLevel: 'warning',
};

// Worker threads, found beside the bundle by src/backend/built-worker.ts: the announcement PDF's
// (src/backend/pdf/off-thread.ts) and an exchange snapshot's record checks (exchange/in/check-thread.ts).
const THREADS = { 'pdf-worker': 'src/backend/pdf/pdf-worker.ts', 'check-worker': 'src/backend/services/exchange/in/check-worker.ts' };
await build({ ...common, entryPoints: { qcd: 'src/cli/entry.ts', ...THREADS }, outdir: 'out/cli', outExtension: { '.js': '.mjs' } });
await build({
  ...common,
  entryPoints: { 'qcd-host': 'src/host/entry.ts', worker: 'src/host/worker.ts', ...THREADS },
  outdir: 'out/host', outExtension: { '.js': '.mjs' },
});
