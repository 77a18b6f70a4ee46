import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_INSERT, demoInsertValues } from '../../src/backend/services/demo';
import { openWorkspace } from '../../src/backend/workspace/open';
import { QCD } from '../helpers/cli';
import { RESOURCES, tempDir } from '../helpers/workspace';
import { BENCH_PASSWORD, benchBackend } from './bench-backend';
import { benchEnterprises, writeEnterpriseCsv } from './enterprise-csv';
import { MAX_RSS_HOOK } from './max-rss';
import { cacheDir, fmt, ratioLine } from './scale';


/** The CSV the import reads, kept in the cache folder (it is the same for a seed and size). */
function importCsv(n: number, seed: string): string {
  const path = join(cacheDir(`import-seed${seed}-n${n}`), 'enterprises.csv');
  if (!existsSync(`${path}.complete`)) {
    writeEnterpriseCsv(path, n, benchEnterprises(seed, RESOURCES));
    writeFileSync(`${path}.complete`, '');
  }
  return path;
}

/** An empty workspace with its admin: every contender starts from a copy of this same file. */
async function emptyWorkspaceFile(dir: string): Promise<string> {
  const b = await benchBackend(dir);
  b.backend.ws.db.pragma('wal_checkpoint(TRUNCATE)');
  b.close();
  return join(dir, 'qcd.sqlite');
}

function copyOf(template: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  copyFileSync(template, join(dir, 'qcd.sqlite'));
  return dir;
}

function countIn(dbDir: string): Promise<number> {
  return openWorkspace(dbDir, { resourcesDir: RESOURCES }).then((ws) => {
    const n = ws.db.prepare('SELECT count(*) FROM enterprises').pluck().get() as number;
    ws.close();
    return n;
  });
}

/** Measured: `qcd import` in its own process, as a person runs it (start-up, sign-in, preview and commit). */
function qcdImport(dir: string, csv: string, pw: string): { seconds: number; maxRssMb: number; imported: number } {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--import', MAX_RSS_HOOK, QCD, 'import', '--workspace', dir, '--kind', 'enterprises', csv,
    '--user', 'admin', '--password-file', pw, '--json'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(`qcd import failed (${r.status}): ${r.stdout.slice(0, 2000)} ${r.stderr.slice(0, 2000)}`);
  const rss = /QCD_MAX_RSS_KB=(\d+)/.exec(r.stderr);
  return { seconds, maxRssMb: Number(rss?.[1] ?? Number.NaN) / 1024, imported: (JSON.parse(r.stdout) as { imported: number }).imported };
}

/** Baseline: the same rows, generated beforehand, through one raw prepared INSERT in one transaction. */
async function rawInsert(dir: string, n: number, seed: string): Promise<number> {
  const generate = benchEnterprises(seed, RESOURCES);
  const rows = Array.from({ length: n }, (_, i) => generate(i));
  const ws = await openWorkspace(dir, { resourcesDir: RESOURCES });
  const insert = ws.db.prepare(DEMO_INSERT);
  const at = new Date().toISOString();
  const start = performance.now();
  ws.db.transaction(() => {
    for (const e of rows) insert.run(...demoInsertValues(e, at));
  })();
  const seconds = (performance.now() - start) / 1000;
  ws.close();
  return seconds;
}

/**
 * Baseline: the sqlite3 shell loads the same CSV into the same table (same triggers and indexes,
 * same journal and sync settings) in one transaction: `.import` into a staging table, then one
 * INSERT … SELECT that maps the status labels to their codes. No validation at all.
 */
function sqliteImport(dir: string, csv: string): number {
  const at = new Date().toISOString();
  const script = `PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;
BEGIN;
CREATE TEMP TABLE staging (uscc TEXT, name TEXT, region_code TEXT, industry_code TEXT, legal_representative TEXT, address TEXT, status TEXT, ack TEXT);
.import --csv --skip 1 '${csv}' staging
INSERT INTO enterprises (uscc, uscc_check_ack, name, region_code, industry_code, legal_representative, address, status, created_at, updated_at, org_code, registration_region_code)
  SELECT uscc, ack = '是', name, region_code, industry_code, legal_representative, address,
    CASE status WHEN '存续' THEN 'active' WHEN '吊销' THEN 'revoked' WHEN '注销' THEN 'cancelled' WHEN '迁出' THEN 'moved_out' END,
    '${at}', '${at}', substr(uscc, 9, 9), substr(uscc, 3, 6) FROM staging;
COMMIT;
`;
  const start = performance.now();
  const r = spawnSync('sqlite3', ['-bail', join(dir, 'qcd.sqlite')], { input: script, encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(`sqlite3 failed (${r.status}): ${r.stderr}`);
  return seconds;
}

export type ImportResult = { seconds: number; maxRssMb: number };

/** Import rate of an n-row enterprise CSV through `qcd import`, beside raw INSERT and sqlite3 `.import`, all into copies of one empty workspace. */
export async function importFigure(n: number, seed: string): Promise<ImportResult> {
  const csv = importCsv(n, seed);
  const mb = statSync(csv).size / 1024 / 1024;
  console.log(`\n[import] ${fmt(n)}-row enterprise CSV (${mb.toFixed(1)} MB) into copies of one empty workspace (same schema, triggers, indexes)`);
  const t = tempDir('qcd-bench-import-');
  try {
    const template = await emptyWorkspaceFile(join(t.dir, 'template'));
    const pw = join(t.dir, 'pw');
    writeFileSync(pw, `${BENCH_PASSWORD}\n`);

    const rawDir = copyOf(template, join(t.dir, 'raw'));
    const raw = await rawInsert(rawDir, n, seed);
    console.log(`baseline  raw prepared INSERT of the same rows (generated beforehand):  ${raw.toFixed(2)} s  ${fmt(n / raw)} rows/s`);

    const shellDir = copyOf(template, join(t.dir, 'sqlite3'));
    const shell = sqliteImport(shellDir, csv);
    const shellRows = await countIn(shellDir);
    if (shellRows !== n) throw new Error(`sqlite3 .import stored ${shellRows} rows, expected ${n}`);
    console.log(`baseline  sqlite3 .import of the same CSV + INSERT … SELECT (whole process): ${shell.toFixed(2)} s  ${fmt(n / shell)} rows/s`);

    const qcdDir = copyOf(template, join(t.dir, 'qcd'));
    const r = qcdImport(qcdDir, csv, pw);
    if (r.imported !== n || (await countIn(qcdDir)) !== n) throw new Error(`qcd import stored ${r.imported} rows, expected ${n}`);
    console.log(`measured  qcd import (whole process: start, sign-in, preview, commit):  ${r.seconds.toFixed(2)} s  ${fmt(n / r.seconds)} rows/s`);
    console.log(ratioLine('qcd import rate / raw INSERT rate', raw / r.seconds, 0.5));
    console.log(ratioLine('qcd import rate / sqlite3 .import rate', shell / r.seconds, 1.0));
    console.log(`measured  peak memory (maxRSS) of the qcd import process: ${r.maxRssMb.toFixed(0)} MB  (target ≤ 400 MB)  ${r.maxRssMb <= 400 ? 'MET' : 'NOT MET'}`);
    return { seconds: r.seconds, maxRssMb: r.maxRssMb };
  } finally {
    t.cleanup();
  }
}

