import { spawn } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/backend/audit/chain';
import { createRandom } from '../../src/core/demo/random';
import { QCD, qcd } from '../helpers/cli';
import { PASSWORD, tempDir } from '../helpers/workspace';
import { KILLS } from './kill';

/**
 * Kills `qcd` with SIGKILL at random moments during long writes, then checks that the database
 * passes `integrity_check`, that the audit chain is intact, and that the interrupted operation is
 * wholly there or wholly absent. `npm test` runs a reduced count; the full harness (≥ 100 kills)
 * is `QCD_CRASH_KILLS=20 npx vitest run --project unit test/crash`
 * (20 per operation, 140 in all; see kill.ts).
 */
const DEMO_SIZE = 20_000;
const t = tempDir('qcd-crash-');
const pw = join(t.dir, 'pw');
/** An initialised workspace with accounts and no enterprise. */
const empty = join(t.dir, 'empty');
/** A backup of another workspace that holds one enterprise. */
const oneBackup = join(t.dir, 'one-backup.sqlite');
const rnd = createRandom('crash-harness');
let kills = 0;

beforeAll(() => {
  writeFileSync(pw, `${PASSWORD}\n`);
  expect(qcd('init', '--workspace', empty, '--password-file', pw).status).toBe(0);
  const one = join(t.dir, 'one');
  expect(qcd('demo', '--workspace', one, '--enterprises', '1', '--password-file', pw).status).toBe(0);
  expect(qcd('backup', '--workspace', one, '--out', oneBackup).status).toBe(0);
}, 300_000);
afterAll(() => {
  t.cleanup();
  console.warn(`crash harness: ${kills} SIGKILLs`);
});

/** Runs qcd and kills it after `delayMs`; resolves with whether it had already finished. */
function runAndKill(args: string[], delayMs: number): Promise<{ finished: boolean; ms: number }> {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, [QCD, ...args], { stdio: 'ignore' });
    let finished = false;
    const timer = setTimeout(() => { child.kill('SIGKILL'); }, delayMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      finished = signal === null && code === 0;
      done({ finished, ms: performance.now() - started });
    });
  });
}

function inspect(ws: string): { integrity: unknown; enterprises: number; actions: string[]; problems: number } {
  const db = new Database(join(ws, 'qcd.sqlite'));
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      enterprises: db.prepare('SELECT count(*) FROM enterprises').pluck().get() as number,
      actions: db.prepare('SELECT action FROM audit_log ORDER BY seq').pluck().all() as string[],
      problems: verifyAuditChain(db).problems.length,
    };
  } finally {
    db.close();
  }
}

async function harness(name: string, base: string, args: (ws: string) => string[], check: (s: ReturnType<typeof inspect>, finished: boolean) => void) {
  const probe = join(t.dir, `${name}-probe`);
  cpSync(base, probe, { recursive: true });
  const full = await runAndKill(args(probe), 600_000);
  expect(full.finished).toBe(true);
  for (let i = 0; i < KILLS; i++) {
    const ws = join(t.dir, `${name}-${i}`);
    cpSync(base, ws, { recursive: true });
    const r = await runAndKill(args(ws), Math.floor(rnd.next() * full.ms * 1.1));
    kills++;
    const state = inspect(ws);
    expect(state.integrity, `${name} kill ${i}`).toBe('ok');
    expect(state.problems, `${name} kill ${i}`).toBe(0);
    check(state, r.finished);
  }
}

describe('crash safety under SIGKILL', () => {
  it('demo generation is wholly there or wholly absent', async () => {
    await harness('demo', empty, (ws) => ['demo', '--workspace', ws, '--enterprises', String(DEMO_SIZE), '--seed', 'k', '--user', 'admin', '--password-file', pw, '--json'],
      (s, finished) => {
        const demoRows = s.actions.filter((a) => a === 'demo:generate').length;
        expect([[0, 0], [DEMO_SIZE, 1]]).toContainEqual([s.enterprises, demoRows]);
        if (finished) expect(s.enterprises).toBe(DEMO_SIZE);
      });
  }, 900_000);

  it('a restore leaves the old database or the whole restored one', async () => {
    await harness('restore', empty, (ws) => ['restore', '--workspace', ws, oneBackup, '--user', 'admin', '--password-file', pw, '--json'],
      (s, finished) => {
        const restored = s.actions.includes('backup:restore');
        // The old database (no enterprise, no restore row) or the whole restored one.
        expect([[0, false], [1, true]]).toContainEqual([s.enterprises, restored]);
        if (finished) expect(restored).toBe(true);
      });
  }, 900_000);
});
