import { spawn } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/backend/audit/chain';
import { createRandom } from '../../src/core/demo/random';
import { residentIdCheckChar } from '../../src/core/persons/id-number';
import { csvText, row, uscc } from '../backend/io/import-fixtures';
import { QCD, qcd } from '../helpers/cli';
import { PASSWORD, tempDir } from '../helpers/workspace';
import { KILLS } from './kill';

/**
 * Kills `qcd import` with SIGKILL at random moments while it commits a 50,000-row file, then
 * checks that the database passes `integrity_check`, that the audit chain is intact, and that
 * the import is wholly there (its batch row, every row, its audit row) or wholly absent.
 * `npm test` runs a reduced count; the full harness is
 * `QCD_CRASH_KILLS=20 npx vitest run --project unit test/crash` (20 per operation, 140 in all; see kill.ts).
 */
const ROWS = 50_000;
const t = tempDir('qcd-crash-import-');
const pw = join(t.dir, 'pw');
/** An initialised workspace with accounts and one enterprise (what the persons file links to). */
const base = join(t.dir, 'base');
const files = { enterprises: join(t.dir, 'enterprises.csv'), persons: join(t.dir, 'persons.csv') };
const rnd = createRandom('crash-import');
let kills = 0;
const outcomes = { absent: 0, whole: 0, finishedFirst: 0 };

const PERSON_HEADER = ['姓名', '证件类型', '证件号码', '统一社会信用代码', '企业名称', '角色', '任职起始日期', '任职终止日期'];

/** Distinct valid resident ID numbers for 50,000 people: the birth date varies with n. */
function manyIds(n: number): string {
  const d = Math.floor(n / 1000);
  const first17 = `4301021990${String(1 + Math.floor(d / 28)).padStart(2, '0')}${String(1 + (d % 28)).padStart(2, '0')}${String(n % 1000).padStart(3, '0')}`;
  return `${first17}${residentIdCheckChar(first17) ?? '0'}`;
}

beforeAll(() => {
  writeFileSync(pw, `${PASSWORD}\n`);
  expect(qcd('init', '--workspace', base, '--password-file', pw).status).toBe(0);
  const firm = join(t.dir, 'firm.csv');
  writeFileSync(firm, csvText([['统一社会信用代码', '企业名称', '行政区划代码', '行业代码'], [uscc(1), '崩溃测试有限公司', '430102', 'C14']]));
  expect(qcd('import', '--workspace', base, '--kind', 'enterprises', firm, '--user', 'admin', '--password-file', pw, '--json').status).toBe(0);
  const header = ['统一社会信用代码', '企业名称', '行政区划代码', '行业代码', '法定代表人', '住所', '登记状态', '确认保留校验位不符的代码'];
  writeFileSync(files.enterprises, csvText([header, ...Array.from({ length: ROWS }, (_, i) => row(i + 2))]));
  writeFileSync(files.persons, csvText([PERSON_HEADER, ...Array.from({ length: ROWS }, (_, i) =>
    [`人员${i}`, '身份证', manyIds(i), i % 2 === 0 ? uscc(1) : '', '', i % 2 === 0 ? '负责人' : '', '', ''])]));
}, 300_000);
afterAll(() => {
  t.cleanup();
  console.warn(`import crash harness: ${kills} SIGKILLs (import wholly absent ${outcomes.absent}, wholly there ${outcomes.whole}; ${outcomes.finishedFirst} runs had exited before their kill)`);
});

/**
 * Runs `qcd import` (without --json, so that progress goes to stderr) and, once the commit has
 * reported its first progress, kills it after `delayMs` (never when `delayMs` is null). Resolves
 * with whether it finished and how long the commit ran before it ended or was killed.
 */
function runAndKill(args: string[], delayMs: number | null): Promise<{ finished: boolean; commitMs: number }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [QCD, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let commitStarted: number | null = null;
    let timer: NodeJS.Timeout | undefined;
    child.stderr.on('data', (chunk: Buffer) => {
      if (commitStarted !== null || !chunk.toString('utf8').includes('正在导入')) return;
      commitStarted = performance.now();
      if (delayMs !== null) timer = setTimeout(() => { child.kill('SIGKILL'); }, delayMs);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      done({ finished: signal === null && code === 0, commitMs: commitStarted === null ? 0 : performance.now() - commitStarted });
    });
  });
}

type State = { integrity: unknown; problems: number; batches: number; committed: number; rows: number };

function inspect(ws: string, table: string): State {
  const db = new Database(join(ws, 'qcd.sqlite'));
  try {
    // The batch under test is the one after the base's own (the one-firm import).
    const batches = db.prepare("SELECT count(*) FROM import_batches WHERE kind = ? AND file_name LIKE '%.csv' AND id > 1").pluck().get(table) as number;
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      problems: verifyAuditChain(db).problems.length,
      batches,
      committed: db.prepare("SELECT count(*) FROM audit_log WHERE action = 'imports:commit' AND entity_id <> '1'").pluck().get() as number,
      rows: db.prepare(`SELECT count(*) FROM ${table} WHERE import_batch_id > 1`).pluck().get() as number,
    };
  } finally {
    db.close();
  }
}

async function harness(kind: 'enterprises' | 'persons', extra: (ws: string) => void = () => undefined): Promise<void> {
  const args = (ws: string) => ['import', '--workspace', ws, '--kind', kind, files[kind], '--user', 'admin', '--password-file', pw];
  const probe = join(t.dir, `${kind}-probe`);
  cpSync(base, probe, { recursive: true });
  const full = await runAndKill(args(probe), null);
  expect(full.finished).toBe(true);
  expect(full.commitMs).toBeGreaterThan(0);
  expect(inspect(probe, kind)).toMatchObject({ batches: 1, committed: 1, rows: ROWS });
  for (let i = 0; i < KILLS; i++) {
    const ws = join(t.dir, `${kind}-${i}`);
    cpSync(base, ws, { recursive: true });
    // Anywhere in the commit, and a little after (when the transaction may be finishing).
    const r = await runAndKill(args(ws), Math.floor(rnd.next() * full.commitMs * 1.2));
    kills++;
    const s = inspect(ws, kind);
    expect(s.integrity, `${kind} kill ${i}`).toBe('ok');
    expect(s.problems, `${kind} kill ${i}`).toBe(0);
    // Wholly absent, or the batch row with every row and its audit row.
    expect([[0, 0, 0], [1, 1, ROWS]], `${kind} kill ${i}`).toContainEqual([s.batches, s.committed, s.rows]);
    if (r.finished) expect(s.rows).toBe(ROWS);
    outcomes[s.rows === 0 ? 'absent' : 'whole']++;
    if (r.finished) outcomes.finishedFirst++;
    extra(ws);
  }
}

describe('an import killed with SIGKILL is wholly there or wholly absent', () => {
  it('enterprises, 50,000 rows', async () => {
    await harness('enterprises');
  }, 1_800_000);

  it('persons with appointments, 50,000 rows', async () => {
    await harness('persons', (ws) => {
      const db = new Database(join(ws, 'qcd.sqlite'), { readonly: true });
      try {
        const persons = db.prepare('SELECT count(*) FROM persons').pluck().get() as number;
        const links = db.prepare('SELECT count(*) FROM enterprise_persons').pluck().get() as number;
        expect([[0, 0], [ROWS, ROWS / 2]]).toContainEqual([persons, links]);
      } finally {
        db.close();
      }
    });
  }, 1_800_000);
});
