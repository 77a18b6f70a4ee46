import { loadCodeTables } from '../../src/backend/codes';
import { DEMO_INSERT, demoInsertValues } from '../../src/backend/services/demo';
import { openWorkspace } from '../../src/backend/workspace/open';
import { demoEnterpriseGenerator } from '../../src/core/demo/enterprises';
import { RESOURCES, tempDir } from '../helpers/workspace';
import { benchBackend, value } from './bench-backend';
import { fmt, ratioLine } from './scale';

/** Baseline: the same rows, generated beforehand, through one raw prepared INSERT in one transaction. */
async function rawInsertSeconds(n: number, seed: string): Promise<number> {
  const t = tempDir('qcd-bench-raw-');
  const ws = await openWorkspace(t.dir, { resourcesDir: RESOURCES });
  const generate = demoEnterpriseGenerator({ seed, regions: loadCodeTables(RESOURCES).demoRegions('43') });
  const rows = Array.from({ length: n }, (_, i) => generate(i));
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

/** Measured: `demo:generate` of enterprises only, through the router, as the app and the CLI run it (generation included). */
async function demoSeconds(n: number, seed: string): Promise<number> {
  const t = tempDir('qcd-bench-demo-');
  const b = await benchBackend(t.dir);
  const start = performance.now();
  await value(b, 'demo:generate', { enterprises: n, seed, withRecords: false });
  const seconds = (performance.now() - start) / 1000;
  b.close();
  t.cleanup();
  return seconds;
}

export async function demoFigure(n: number, seed: string): Promise<void> {
  console.log(`\n[demo] ${fmt(n)} demo enterprises (without records) vs raw INSERT of the same rows`);
  const raw = await rawInsertSeconds(n, seed);
  console.log(`baseline  raw prepared INSERT (same rows, same schema): ${raw.toFixed(2)} s  ${fmt(n / raw)} rows/s`);
  const demo = await demoSeconds(n, seed);
  console.log(`measured  qcd demo generation (through the router):     ${demo.toFixed(2)} s  ${fmt(n / demo)} rows/s`);
  console.log(ratioLine('demo rate / raw insert rate', raw / demo, 0.5));
}
