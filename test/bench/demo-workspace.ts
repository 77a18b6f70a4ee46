import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchBackend, value } from './bench-backend';
import { cacheDir, fmt } from './scale';

export type DemoWorkspace = { dir: string; enterprises: number; records: number };

/**
 * The demo workspace the search is measured on: `n` enterprises with their credit records (about
 * ten a firm). Generating a million firms takes minutes, so it is kept under the cache folder,
 * keyed by seed and size (and a version, bumped when the demo changes), and reused while its marker file says it was finished.
 */
export async function demoWorkspace(n: number, seed: string): Promise<DemoWorkspace> {
  const root = cacheDir(`demo-v2-seed${seed}-n${n}`);
  const dir = join(root, 'ws');
  const marker = join(root, 'complete.json');
  if (existsSync(marker)) {
    const done = JSON.parse(readFileSync(marker, 'utf8')) as DemoWorkspace;
    console.log(`[workspace] reusing ${dir}: ${fmt(done.enterprises)} enterprises, ${fmt(done.records)} records`);
    return done;
  }
  rmSync(dir, { recursive: true, force: true });
  console.log(`[workspace] generating ${fmt(n)} demo enterprises with records in ${dir} (once per seed and size) …`);
  const start = performance.now();
  const b = await benchBackend(dir);
  const r = (await value(b, 'demo:generate', { enterprises: n, seed, withRecords: true })) as { enterprises: number; records: number };
  b.backend.ws.db.pragma('wal_checkpoint(TRUNCATE)');
  b.close();
  const done: DemoWorkspace = { dir, enterprises: r.enterprises, records: r.records };
  writeFileSync(marker, JSON.stringify(done));
  console.log(`[workspace] ${fmt(r.enterprises)} enterprises, ${fmt(r.records)} records in ${((performance.now() - start) / 1000).toFixed(0)} s`);
  return done;
}
