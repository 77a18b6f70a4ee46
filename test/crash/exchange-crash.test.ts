import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../src/core/demo/random';
import { DB_FILE } from '../../src/backend/workspace/open';
import { qcd } from '../helpers/cli';
import { PASSWORD, tempDir } from '../helpers/workspace';
import { copyWorkspace, KILLS, runAndKill, scalar, soundness } from './kill';
import { insertLocalEntries, upTo } from '../helpers/list-entries';

/**
 * Kills `qcd exchange import` with SIGKILL at random moments while it verifies and writes a
 * partner's snapshot, then checks that the database passes `integrity_check` with an intact audit
 * chain and that the package is wholly imported (its row, every entry, the stream's sequence and
 * the audit row) or wholly absent — so that importing it again afterwards is a clean first import.
 */
const ENTRIES = 5_000;
const A_CODE = '11430100MB1234567X';
const t = tempDir('qcd-crash-exchange-');
const p = (name: string) => join(t.dir, name);
const as = ['--user', 'admin', '--password-file', p('pw')];
const rnd = createRandom('crash-exchange');
let kills = 0;
const outcomes = { absent: 0, whole: 0, finishedFirst: 0 };

/** Black-list entries of agency A, active throughout 2026. */
function seedEntries(ws: string, n: number): void {
  const db = new Database(join(ws, DB_FILE));
  insertLocalEntries(db, A_CODE, [...upTo(n)].map((i) => ({
    uid: `${A_CODE}-black-${i}`, name: `湘江互联测试${i}号有限公司`, uscc: `91430100MA${String(i).padStart(7, '0')}X`, docNo: `长市监信〔2026〕${i}号`,
  })));
  db.close();
}

beforeAll(() => {
  writeFileSync(p('pw'), `${PASSWORD}\n`);
  writeFileSync(p('pp'), 'Crash-exchange-2026\n');
  for (const [ws, code, name] of [['a', A_CODE, '长沙市市场监督管理局'], ['b', '11440100MB0000001X', '广州市市场监督管理局']] as const) {
    expect(qcd('init', '--workspace', p(ws), '--password-file', p('pw')).status).toBe(0);
    const r = qcd('keys', 'generate', '--workspace', p(ws), '--alg', 'ed25519', '--passphrase-file', p('pp'), '--agency', code, '--name', name, ...as, '--json');
    expect(r.status, r.stderr).toBe(0);
  }
  seedEntries(p('a'), ENTRIES);
  const key = (qcd('keys', 'list', '--workspace', p('a'), '--json').json() as { keys: { spkiPem: string; fingerprint: string }[] }).keys[0];
  writeFileSync(p('a.pem'), key?.spkiPem ?? '');
  const trusted = qcd('trust', 'add', '--workspace', p('b'), '--agency', A_CODE, '--name', '长沙市市场监督管理局', '--pem', p('a.pem'), '--fingerprint', key?.fingerprint ?? '', ...as, '--json');
  expect(trusted.status, trusted.stdout).toBe(0);
  const snap = qcd('exchange', 'export', '--workspace', p('a'), '--stream', 'black', '--snapshot', '--passphrase-file', p('pp'), '--out', p('s1.qcp'), ...as, '--json');
  expect(snap.status, snap.stdout + snap.stderr).toBe(0);
}, 300_000);
afterAll(() => {
  t.cleanup();
  console.warn(`exchange-import crash harness: ${kills} SIGKILLs (wholly absent ${outcomes.absent}, wholly there ${outcomes.whole}; ${outcomes.finishedFirst} imports had exited before their kill)`);
});

/** [packages imported, entries received, audit rows, the stream's last sequence]: nothing, or all of it. */
function state(ws: string): unknown[] {
  return [
    scalar(ws, 'SELECT count(*) FROM packages_in'),
    scalar(ws, "SELECT count(*) FROM list_entries WHERE source = 'exchange'"),
    scalar(ws, "SELECT count(*) FROM audit_log WHERE action = 'exchange:import'"),
    scalar(ws, 'SELECT count(*) FROM streams_in'),
  ];
}
const NOTHING = [0, 0, 0, 0];
const ALL = [1, ENTRIES, 1, 1];

describe('an exchange import killed with SIGKILL is wholly there or wholly absent', () => {
  it(`a partner's snapshot of ${ENTRIES.toLocaleString('en')} black-list entries`, async () => {
    const args = (ws: string) => ['exchange', 'import', '--workspace', ws, p('s1.qcp'), ...as];
    const probe = p('probe');
    copyWorkspace(p('b'), probe);
    const full = await runAndKill(args(probe), '验证并写入记录', null);
    expect(full.finished).toBe(true);
    expect(state(probe)).toEqual(ALL);
    for (let i = 0; i < KILLS; i++) {
      const ws = p(`kill-${i}`);
      copyWorkspace(p('b'), ws);
      const r = await runAndKill(args(ws), '验证并写入记录', Math.floor(rnd.next() * full.workMs * 1.2));
      kills++;
      const label = `exchange import kill ${i}`;
      expect(soundness(ws), label).toEqual({ integrity: 'ok', problems: 0 });
      const s = state(ws);
      expect([NOTHING, ALL], label).toContainEqual(s);
      if (r.finished) { outcomes.finishedFirst++; expect(s, label).toEqual(ALL); }
      outcomes[s[0] === 1 ? 'whole' : 'absent']++;
      // Absent means clean: the same package then imports as a first import.
      if (s[0] === 0) {
        const again = qcd('exchange', 'import', '--workspace', ws, p('s1.qcp'), ...as, '--json');
        expect(again.status, `${label}: ${again.stdout}`).toBe(0);
        expect(state(ws), label).toEqual(ALL);
      }
    }
  }, 1_800_000);
});
