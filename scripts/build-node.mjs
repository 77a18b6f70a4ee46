// Bundles the Node-side entry points that are not part of the Electron app: the `qcd` command
// and the browser host. Native and npm packages stay external and load from node_modules.
import { build } from 'esbuild';

const common = {
  bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external',
  sourcemap: true, logLevel: 'warning',
};

// pdf-worker: the announcement PDF's thread (src/backend/pdf/off-thread.ts looks for it beside the bundle).
const PDF_WORKER = 'src/backend/pdf/pdf-worker.ts';
await build({ ...common, entryPoints: { qcd: 'src/cli/entry.ts', 'pdf-worker': PDF_WORKER }, outdir: 'out/cli', outExtension: { '.js': '.mjs' } });
await build({
  ...common,
  entryPoints: { 'qcd-host': 'src/host/entry.ts', worker: 'src/host/worker.ts', 'pdf-worker': PDF_WORKER },
  outdir: 'out/host', outExtension: { '.js': '.mjs' },
});
