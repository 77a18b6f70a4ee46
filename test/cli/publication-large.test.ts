import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../src/backend/workspace/open';
import { qcd } from '../helpers/cli';
import { insertLocalEntries, upTo } from '../helpers/list-entries';
import { PASSWORD, tempDir } from '../helpers/workspace';

const ENTRIES = 2_500;
const t = tempDir('qcd-publish-large-');
afterAll(() => t.cleanup());
const p = (name: string) => join(t.dir, name);
const ws = p('ws');
const as = ['--user', 'admin', '--password-file', p('pw')];
const nameOf = (i: number) => `长沙第${i}号测试食品有限公司`;

beforeAll(() => {
  writeFileSync(p('pw'), `${PASSWORD}\n`);
  writeFileSync(p('pp'), 'Agency-sign-2026\n');
  expect(qcd('init', '--workspace', ws, '--password-file', p('pw')).status).toBe(0);
  const db = new Database(join(ws, DB_FILE));
  insertLocalEntries(db, '11430100MB1234567X', [...upTo(ENTRIES)].map((i) => ({
    uid: `QL-${String(i).padStart(7, '0')}`, name: nameOf(i), uscc: `91430100MA${String(i).padStart(7, '0')}X`, docNo: `长市监信〔2026〕${i}号`,
  })));
  db.close();
  const key = qcd('keys', 'generate', '--workspace', ws, '--alg', 'ed25519', '--passphrase-file', p('pp'), '--agency', '11430100MB1234567X', '--name', '长沙市市场监督管理局', ...as, '--json');
  expect(key.status, key.stdout + key.stderr).toBe(0);
}, 120_000);

// Large enough that the built qcd draws the PDF on its worker thread (out/cli/pdf-worker.mjs) and
// deflates the data files on fflate's: the package must be whole and verify like any other.
describe('a publication large enough to be built on several threads', () => {
  it('verifies, and its announcement lists every entry to the last page', () => {
    const r = qcd('publish', '--workspace', ws, '--list', 'black', '--from', '2026-01-01', '--to', '2026-06-30', '--doc-no', '长市监信公〔2026〕9号',
      '--passphrase-file', p('pp'), '--out', p('big.qcp'), ...as, '--json');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const v = qcd('verify', p('big.qcp'), '--json');
    expect(v.status, v.stdout + v.stderr).toBe(0);
    execFileSync('unzip', ['-o', '-q', p('big.qcp'), '-d', p('x')]);
    const text = execFileSync('pdftotext', ['-layout', p('x/publication/announcement.pdf'), '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    for (const i of [1, 1234, ENTRIES]) expect(text).toContain(nameOf(i));
    const pages = /共 (\d+) 页/.exec(text)?.[1];
    expect(Number(pages)).toBeGreaterThan(50);
    expect(text).toContain(`第 ${pages} 页 共 ${pages} 页`);
    const lines = execFileSync('unzip', ['-p', p('big.qcp'), 'data/entries.jsonl'], { encoding: 'utf8', maxBuffer: 64 << 20 }).trim().split('\n');
    expect(lines).toHaveLength(ENTRIES);
  }, 180_000);
});
