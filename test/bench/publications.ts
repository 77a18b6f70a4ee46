import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { createRandom } from '../../src/core/demo/random';
import { openPackage } from '../../src/backend/packages/open';
import { QCD } from '../helpers/cli';
import { tempDir } from '../helpers/workspace';
import { BENCH_PASSWORD, benchBackend, value } from './bench-backend';
import { fmt, ratioLine } from './scale';

const TARGET_SECONDS = 15;
const TARGET_RATIO = 0.5;
const PASSPHRASE = 'Bench-sign-2026';
const SURNAMES = '张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const WORDS = ['湘江', '星城', '芙蓉', '岳麓', '麓山', '橘洲', '金霞', '天心', '雨花', '开福', '望城', '浏阳', '宁乡', '长株潭', '洞庭', '衡岳', '锦绣', '华翔', '恒达', '鑫源'];
const TRADES = ['食品', '电器', '建材', '纺织', '化工', '机械', '塑料', '五金', '玩具', '家具', '电线电缆', '农资', '眼镜', '涂料'];

/** n local black-list entries, all on the list during the period: a first publication of n records. */
function seed(db: Database.Database, n: number): void {
  const random = createRandom('bench-publications');
  const pick = <T>(xs: readonly T[]): T => xs[random.int(xs.length)] as T;
  const insert = db.prepare(`INSERT INTO list_entries (entry_uid, list_type, subject_name, subject_uscc, state, source, reason, legal_basis,
    deciding_authority, authority_code, decision_doc_no, listed_on, planned_end, created_at, updated_at)
    VALUES (?, 'serious-dishonesty', ?, ?, 'active', 'local', '生产销售不合格产品，货值金额较大', '《市场监督管理严重违法失信名单管理办法》第九条',
      '长沙市市场监督管理局', '11430100MB1234567X', ?, ?, ?, '2026-01-01T09:00:00+08:00', '2026-01-01T09:00:00+08:00')`);
  db.transaction(() => {
    for (let i = 1; i <= n; i++) {
      const name = `${pick(WORDS)}${SURNAMES[random.int(SURNAMES.length)] ?? '张'}${pick(WORDS)}${pick(TRADES)}有限公司`;
      const day = `2026-0${1 + random.int(6)}-${String(1 + random.int(28)).padStart(2, '0')}`;
      insert.run(`QL-${String(i).padStart(7, '0')}`, name, `91430100MA${String(i).padStart(7, '0')}X`, `长市监信〔2026〕${i}号`, day, `2029${day.slice(4)}`);
    }
  })();
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/**
 * `npm run bench`: a publication of n entries (default 100,000) by the built `qcd publish` — selection,
 * JSONL, CSV, XLSX, the PDF table, digests, signature, stored and written out — against a 15 s target; then
 * verification of the package (ZIP checks, inflate, SHA-256 and SM3 of every file, signature) as a
 * throughput ratio to `sha256sum` over the same bytes, against a target of ≥ 0.5.
 *
 * @example await publicationFigure(100_000) // prints the two figures; returns them
 */
export async function publicationFigure(n = 100_000): Promise<{ issueMs: number; verifyMs: number; sha256sumMs: number; ratio: number; bytes: number }> {
  const t = tempDir('qcd-bench-pub-');
  try {
    const b = await benchBackend(join(t.dir, 'ws'));
    await value(b, 'keys:generate', { alg: 'ed25519', passphrase: PASSPHRASE, agencyCode: '11430100MB1234567X', agencyName: '长沙市市场监督管理局' });
    seed(b.backend.ws.db, n);
    b.backend.ws.db.pragma('wal_checkpoint(TRUNCATE)');
    b.close();
    writeFileSync(join(t.dir, 'pw'), `${BENCH_PASSWORD}\n`);
    writeFileSync(join(t.dir, 'pp'), `${PASSPHRASE}\n`);
    const file = join(t.dir, 'pub.qcp');
    // `qcd publish` in its own process, as people run it (start, sign-in, unsealing the key, the
    // publication, writing the file): the built program, whose PDF is drawn on its worker thread.
    const start = performance.now();
    const r = spawnSync(process.execPath, [QCD, 'publish', '--workspace', join(t.dir, 'ws'), '--list', 'black', '--from', '2026-01-01', '--to', '2026-06-30',
      '--doc-no', '长市监信公〔2026〕1号', '--passphrase-file', join(t.dir, 'pp'), '--out', file, '--user', 'admin', '--password-file', join(t.dir, 'pw'), '--json'], { encoding: 'utf8' });
    const issueMs = performance.now() - start;
    if (r.status !== 0) throw new Error(`qcd publish failed (${r.status}): ${r.stdout.slice(0, 2000)} ${r.stderr.slice(0, 2000)}`);
    const issued = (JSON.parse(r.stdout) as { publication: { entries: number } }).publication;
    const bytes = readFileSync(file);
    const runs = 3;
    let verifyMs = Infinity;
    let sha256sumMs = Infinity;
    for (let i = 0; i < runs; i++) {
      const v0 = performance.now();
      const opened = openPackage(bytes, { trust: 'embedded' });
      verifyMs = Math.min(verifyMs, performance.now() - v0);
      if (!opened.ok) throw new Error(`verification failed: ${opened.error.code}`);
      const s0 = performance.now();
      execFileSync('sha256sum', [file]);
      sha256sumMs = Math.min(sha256sumMs, performance.now() - s0);
    }
    const ratio = sha256sumMs / verifyMs;
    console.log(`publication ${fmt(issued.entries)} entries: ${seconds(issueMs)} (target ≤ ${TARGET_SECONDS} s) ${issueMs <= TARGET_SECONDS * 1000 ? 'MET' : 'NOT MET'}; package ${fmt(bytes.length)} bytes`);
    console.log(`verify    ${seconds(verifyMs)} vs sha256sum ${seconds(sha256sumMs)} over the same ${fmt(bytes.length)} bytes (best of ${runs})`);
    console.log(ratioLine('verification throughput / sha256sum', ratio, TARGET_RATIO));
    return { issueMs, verifyMs, sha256sumMs, ratio, bytes: bytes.length };
  } finally {
    t.cleanup();
  }
}
