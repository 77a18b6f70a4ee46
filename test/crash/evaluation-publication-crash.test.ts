import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../src/core/demo/random';
import { qcd } from '../helpers/cli';
import { PASSWORD, tempDir } from '../helpers/workspace';
import { copyWorkspace, KILLS, runAndKill, scalar, soundness } from './kill';

/**
 * Kills `qcd evaluate` and `qcd publish` with SIGKILL at random moments of their work, then checks
 * that the database passes `integrity_check` with an intact audit chain, and that the run (its
 * row, every result, its audit row) or the publication (its stored package and audit row) is
 * wholly there or wholly absent — and that the package file written beside it is either absent
 * or byte for byte the stored package (written to a temporary name and renamed), never torn.
 */
const FIRMS = 4000;
const ENTRIES = 2000;
const t = tempDir('qcd-crash-eval-pub-');
const pw = join(t.dir, 'pw');
const pp = join(t.dir, 'pp');
const demo = join(t.dir, 'demo');
const listed = join(t.dir, 'listed');
const rnd = createRandom('crash-evaluation-publication');
let kills = 0;
const outcomes = { absent: 0, whole: 0, finishedFirst: 0, fileWritten: 0 };

/** Black-list entries on the list throughout 2026-01-01 … 2026-06-30, as the publications bench seeds them. */
function seedEntries(ws: string, n: number): void {
  const db = new Database(join(ws, 'qcd.sqlite'));
  const insert = db.prepare(`INSERT INTO list_entries (entry_uid, list_type, subject_name, subject_uscc, state, source, reason, legal_basis,
    deciding_authority, authority_code, decision_doc_no, listed_on, planned_end, created_at, updated_at)
    VALUES (?, 'serious-dishonesty', ?, ?, 'active', 'local', '生产销售不合格产品，货值金额较大', '《市场监督管理严重违法失信名单管理办法》第九条',
      '长沙市市场监督管理局', '11430100MB1234567X', ?, '2026-02-01', '2029-02-01', '2026-01-01T09:00:00+08:00', '2026-01-01T09:00:00+08:00')`);
  db.transaction(() => {
    for (let i = 1; i <= n; i++) insert.run(`QL-${String(i).padStart(7, '0')}`, `湘江崩溃测试${i}号有限公司`, `91430100MA${String(i).padStart(7, '0')}X`, `长市监信〔2026〕${i}号`);
  })();
  db.close();
}

beforeAll(() => {
  writeFileSync(pw, `${PASSWORD}\n`);
  writeFileSync(pp, 'Crash-sign-2026\n');
  const d = qcd('demo', '--workspace', demo, '--enterprises', String(FIRMS), '--seed', 'crash', '--password-file', pw, '--json');
  expect(d.status, d.stderr).toBe(0);
  expect(qcd('init', '--workspace', listed, '--password-file', pw).status).toBe(0);
  seedEntries(listed, ENTRIES);
  const k = qcd('keys', 'generate', '--workspace', listed, '--alg', 'ed25519', '--passphrase-file', pp, '--agency', '11430100MB1234567X',
    '--name', '长沙市市场监督管理局', '--user', 'admin', '--password-file', pw, '--json');
  expect(k.status, k.stdout + k.stderr).toBe(0);
}, 300_000);
afterAll(() => {
  t.cleanup();
  console.warn(`evaluation/publication crash harness: ${kills} SIGKILLs (wholly absent ${outcomes.absent}, wholly there ${outcomes.whole}; `
    + `${outcomes.finishedFirst} runs had exited before their kill; ${outcomes.fileWritten} package files found, each whole)`);
});

type Scenario = { name: string; base: string; marker: string; args: (ws: string) => string[]; check: (ws: string, finished: boolean, label: string) => boolean };

/** One full run to learn how long the work takes, then KILLS copies killed anywhere in it and a little after. */
async function harness(s: Scenario): Promise<void> {
  const probe = join(t.dir, `${s.name}-probe`);
  copyWorkspace(s.base, probe);
  const full = await runAndKill(s.args(probe), s.marker, null);
  expect(full.finished).toBe(true);
  expect(full.workMs).toBeGreaterThan(0);
  expect(s.check(probe, true, `${s.name} probe`)).toBe(true);
  for (let i = 0; i < KILLS; i++) {
    const ws = join(t.dir, `${s.name}-${i}`);
    copyWorkspace(s.base, ws);
    const r = await runAndKill(s.args(ws), s.marker, Math.floor(rnd.next() * full.workMs * 1.2));
    kills++;
    const label = `${s.name} kill ${i}`;
    expect(soundness(ws), label).toEqual({ integrity: 'ok', problems: 0 });
    outcomes[s.check(ws, r.finished, label) ? 'whole' : 'absent']++;
    if (r.finished) outcomes.finishedFirst++;
  }
}

describe('an evaluation run or a publication killed with SIGKILL is wholly there or wholly absent', () => {
  it(`an evaluation run over ${FIRMS.toLocaleString('en')} enterprises`, async () => {
    await harness({
      name: 'evaluate', base: demo, marker: '正在评价',
      args: (ws) => ['evaluate', '--workspace', ws, '--as-of', '2026-06-30', '--user', 'admin', '--password-file', pw],
      check: (ws, finished, label) => {
        const state = [
          scalar(ws, 'SELECT count(*) FROM evaluation_runs'),
          scalar(ws, 'SELECT count(*) FROM evaluation_results'),
          scalar(ws, "SELECT count(*) FROM audit_log WHERE action = 'evaluation:run'"),
        ];
        expect([[0, 0, 0], [1, FIRMS, 1]], label).toContainEqual(state);
        if (finished) expect(state[0], label).toBe(1);
        return state[0] === 1;
      },
    });
  }, 1_800_000);

  it(`a publication of ${ENTRIES.toLocaleString('en')} black-list entries, and its package file`, async () => {
    await harness({
      name: 'publish', base: listed, marker: '生成公告',
      args: (ws) => ['publish', '--workspace', ws, '--list', 'black', '--from', '2026-01-01', '--to', '2026-06-30', '--doc-no', '长市监信公〔2026〕1号',
        '--passphrase-file', pp, '--out', join(ws, 'pub.qcp'), '--user', 'admin', '--password-file', pw],
      check: (ws, finished, label) => {
        const state = [scalar(ws, 'SELECT count(*) FROM packages_out'), scalar(ws, "SELECT count(*) FROM audit_log WHERE action = 'publications:issue'")];
        expect([[0, 0], [1, 1]], label).toContainEqual(state);
        const file = join(ws, 'pub.qcp');
        if (existsSync(file)) {
          // Never a torn file under the final name: the whole stored package or nothing.
          outcomes.fileWritten++;
          expect(state[0], label).toBe(1);
          expect(createHash('sha256').update(readFileSync(file)).digest('hex'), label).toBe(scalar(ws, 'SELECT package_sha256 FROM packages_out'));
        }
        if (finished) expect(existsSync(file), label).toBe(true);
        return state[0] === 1;
      },
    });
  }, 1_800_000);
});
