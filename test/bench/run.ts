// npm run bench [-- --enterprises N]: each figure beside a baseline measured in the same run, on
// the same machine, so the ratio means something whatever the hardware.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { openBackend } from '../../src/backend/backend';
import { loadCodeTables } from '../../src/backend/codes';
import { openWorkspace } from '../../src/backend/workspace/open';
import { demoEnterpriseGenerator } from '../../src/core/demo/enterprises';
import { DEMO_INSERT, demoInsertValues } from '../../src/backend/services/demo';
import { RESOURCES, tempDir } from '../helpers/workspace';

const { values } = parseArgs({ options: { enterprises: { type: 'string', default: '1000000' }, seed: { type: 'string', default: '1' } } });
const N = Number(values.enterprises);
const SEED = values.seed;
const TARGET = 0.5;

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** Baseline: the same rows, generated beforehand, through one raw prepared INSERT in one transaction. */
async function rawInsertSeconds(): Promise<number> {
  const t = tempDir('qcd-bench-raw-');
  const ws = await openWorkspace(t.dir, { resourcesDir: RESOURCES });
  const generate = demoEnterpriseGenerator({ seed: SEED, regions: loadCodeTables(RESOURCES).demoRegions('43') });
  const rows = Array.from({ length: N }, (_, i) => generate(i));
  const insert = ws.db.prepare(DEMO_INSERT);
  const at = new Date().toISOString();
  const start = performance.now();
  ws.db.transaction(() => {
    for (const e of rows) insert.run(...demoInsertValues(e, at));
  })();
  const seconds = (performance.now() - start) / 1000;
  ws.close();
  t.cleanup();
  return seconds;
}

/** Measured: `demo:generate` through the router, as the app and the CLI run it (generation included). */
async function demoSeconds(): Promise<number> {
  const t = tempDir('qcd-bench-demo-');
  const b = await openBackend({ workspace: t.dir, resourcesDir: RESOURCES, appVersion: 'bench' });
  const call = (channel: string, input: unknown, session: string | null = null) =>
    b.router.call({ requestId: randomUUID(), channel, input, session });
  await call('setup:create-admin', { username: 'admin', displayName: '管理员', password: 'Bench-pass-1' });
  const login = await call('auth:login', { username: 'admin', password: 'Bench-pass-1' });
  if (!login.ok) throw new Error(login.error.message);
  const start = performance.now();
  const r = await call('demo:generate', { enterprises: N, seed: SEED, withRecords: false }, (login.value as { session: string }).session);
  const seconds = (performance.now() - start) / 1000;
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
  b.close();
  t.cleanup();
  return seconds;
}

console.log(`质量信用管理台 bench — ${fmt(N)} enterprises, seed ${SEED}`);
const raw = await rawInsertSeconds();
console.log(`baseline  raw prepared INSERT (same rows, same schema): ${raw.toFixed(2)} s  ${fmt(N / raw)} rows/s`);
const demo = await demoSeconds();
console.log(`measured  qcd demo generation (through the router):     ${demo.toFixed(2)} s  ${fmt(N / demo)} rows/s`);
const ratio = raw / demo;
console.log(`ratio     demo rate / raw insert rate: ${ratio.toFixed(2)}  (target ≥ ${TARGET})  ${ratio >= TARGET ? 'MET' : 'NOT MET'}`);
