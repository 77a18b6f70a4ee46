// Run by test/bench/exchange.ts in a process of its own, so that its peak memory is the import's:
// verify and apply one package into a workspace, as `exchange:import-apply` does, and print the
// figures. Bundled first, like the app (out/bench), so that its worker threads are found beside it.
import { readFileSync } from 'node:fs';
import { openWorkspace } from '../../src/backend/workspace/open';
import { runImport } from '../../src/backend/services/exchange/in/import';

const [dir, file, recipient, resourcesDir] = process.argv.slice(2);
if (!dir || !file || !recipient || !resourcesDir) throw new Error('usage: exchange-child DIR FILE RECIPIENT RESOURCES');
const ws = await openWorkspace(dir, { resourcesDir });
const start = performance.now();
// The file's bytes are read whole (the compressed package); its large entry is then streamed.
const bytes = readFileSync(file);
ws.db.exec('BEGIN IMMEDIATE');
const r = await runImport({ db: ws.db, workspaceDir: dir, recipient, now: new Date('2026-07-02T00:00:00Z'), user: 'bench' }, bytes, {
  mode: 'apply', fileName: 'bench.qcp', allowExpired: false, limit: 0,
});
if (r.error) {
  ws.db.exec('ROLLBACK');
  throw new Error(`${r.error.code} ${r.error.message}`);
}
ws.db.exec('COMMIT');
const ms = performance.now() - start;
ws.close();
process.stdout.write(`${JSON.stringify({ ms, counts: r.counts, matches: r.matches, stateSha256: r.stateSha256 })}\n`);
