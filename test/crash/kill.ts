import { spawn } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { verifyAuditChain } from '../../src/backend/audit/chain';
import { QCD } from '../helpers/cli';

/**
 * How many SIGKILLs each crash scenario runs: a reduced count in `npm test`; the full harness
 * (≥ 100 kills in all: seven operations — demo, restore, two imports, an evaluation run, a publication and an exchange import) is `QCD_CRASH_KILLS=20 npx vitest run --project unit test/crash`.
 */
export const KILLS = Number(process.env.QCD_CRASH_KILLS ?? 6);

/**
 * Runs `qcd` (without --json, so that progress goes to stderr) and, once stderr first shows
 * `marker` (the operation's own progress, so that the kill lands in its work rather than in
 * start-up), kills it with SIGKILL after `delayMs` — never when `delayMs` is null. Resolves with
 * whether it exited by itself with 0 and how long it ran after the marker.
 */
export function runAndKill(args: string[], marker: string, delayMs: number | null): Promise<{ finished: boolean; workMs: number }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [QCD, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let started: number | null = null;
    let timer: NodeJS.Timeout | undefined;
    child.stderr.on('data', (chunk: Buffer) => {
      if (started !== null || !chunk.toString('utf8').includes(marker)) return;
      started = performance.now();
      if (delayMs !== null) timer = setTimeout(() => { child.kill('SIGKILL'); }, delayMs);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      done({ finished: signal === null && code === 0, workMs: started === null ? 0 : performance.now() - started });
    });
  });
}

/** A copy of a workspace for one kill; its backups stay behind (they are not under test and are large). */
export function copyWorkspace(from: string, to: string): void {
  cpSync(from, to, { recursive: true, filter: (src) => !src.startsWith(join(from, 'backups')) });
}

/** What every kill must leave: a database that passes `integrity_check` with an intact audit chain. */
export function soundness(ws: string): { integrity: unknown; problems: number } {
  const db = new Database(join(ws, 'qcd.sqlite'));
  try {
    return { integrity: db.pragma('integrity_check', { simple: true }), problems: verifyAuditChain(db).problems.length };
  } finally {
    db.close();
  }
}

/** One number from the killed workspace's database. */
export function scalar(ws: string, sql: string, ...params: unknown[]): unknown {
  const db = new Database(join(ws, 'qcd.sqlite'));
  try {
    return db.prepare(sql).pluck().get(...params);
  } finally {
    db.close();
  }
}
