import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../src/backend/workspace/open';
import { qcd } from '../helpers/cli';
import { PASSWORD, tempDir } from '../helpers/workspace';
import { seedListScene } from '../backend/publications-fixtures';

const t = tempDir('qcd-readme-openssl-');
afterAll(() => t.cleanup());
const p = (name: string) => join(t.dir, name);
const as = ['--user', 'admin', '--password-file', p('pw')];
/** Each case runs qcd four or five times (init, keys, publish), each a process of its own. */
const SLOW = 240_000;

/**
 * The README's own commands, read from README.md rather than copied here, so that a README that
 * drifts from what the code produces fails this test. The block is cut at its comment lines:
 * the common steps, `# Ed25519`, `# SM2 …` and `# then every file …`.
 */
function readmeSteps(): { common: string; ed25519: string; sm2: string; files: string } {
  const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Verifying a signed package with OpenSSL alone'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('README.md has no sh block under "Verifying a signed package with OpenSSL alone"');
  const lines = block.trimEnd().split('\n');
  const at = (prefix: string) => {
    const i = lines.findIndex((l) => l.startsWith(prefix));
    if (i < 0) throw new Error(`README.md block has no "${prefix}" line`);
    return i;
  };
  const [ed, sm, fl] = [at('# Ed25519'), at('# SM2'), at('# then every file')];
  const part = (from: number, to: number) => lines.slice(from, to).join('\n');
  return { common: part(0, ed), ed25519: part(ed, sm), sm2: part(sm, fl), files: part(fl, lines.length) };
}

function sh(dir: string, script: string): { status: number | null; out: string } {
  const r = spawnSync('bash', ['-euo', 'pipefail', '-c', script], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** A workspace with the publication scene, keys of `algs`, and one publication copied to `<dir>/pkg.qcp`. */
function publication(name: string, algs: ('ed25519' | 'sm2')[], docNo: string): { dir: string; keyIds: Record<string, string>; files: string[] } {
  const ws = p(`${name}-ws`);
  expect(qcd('init', '--workspace', ws, '--password-file', p('pw')).status).toBe(0);
  const db = new Database(join(ws, DB_FILE));
  seedListScene(db);
  db.close();
  const keyIds: Record<string, string> = {};
  for (const [i, alg] of algs.entries()) {
    const agency = i === 0 ? ['--agency', '11430100MB1234567X', '--name', '长沙市市场监督管理局'] : [];
    const r = qcd('keys', 'generate', '--workspace', ws, '--alg', alg, '--passphrase-file', p('pp'), ...agency, ...as, '--json');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    keyIds[alg] = (r.json() as { key: { keyId: string } }).key.keyId;
  }
  const dir = p(name);
  spawnSync('mkdir', ['-p', dir]);
  const r = qcd('publish', '--workspace', ws, '--list', 'black', '--from', '2026-01-01', '--to', '2026-06-30', '--doc-no', docNo,
    '--passphrase-file', p('pp'), '--out', join(dir, 'pkg.qcp'), ...as, '--json');
  expect(r.status, r.stdout + r.stderr).toBe(0);
  const listed = JSON.parse(sh(dir, 'unzip -p pkg.qcp META-INF/manifest.json').out) as { files: { path: string }[] };
  return { dir, keyIds, files: listed.files.map((f) => f.path) };
}

beforeAll(() => {
  writeFileSync(p('pw'), `${PASSWORD}\n`);
  writeFileSync(p('pp'), 'Agency-sign-2026\n');
}, 60_000);

describe("the README's OpenSSL steps on a real publication (formats.md §1)", () => {
  const steps = readmeSteps();

  it('Ed25519: the signature verifies, the fingerprint is the key id, every file matches', () => {
    const pub = publication('ed', ['ed25519'], '长市监信公〔2026〕1号');
    const r = sh(pub.dir, [steps.common, steps.ed25519, steps.files].join('\n'));
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('Signature Verified Successfully');
    expect(r.out).toContain(`${pub.keyIds['ed25519']}  -`);
    for (const f of pub.files) expect(r.out).toContain(`${f}: OK`);
    expect(pub.files).toEqual(expect.arrayContaining(['data/entries.jsonl', 'data/entries.csv', 'data/entries.xlsx', 'publication/announcement.pdf']));
    // The same steps refuse a manifest changed by one character.
    const bad = sh(pub.dir, `${steps.common}\nsed -i 's/"documentNo":"长市监信公〔2026〕1号"/"documentNo":"长市监信公〔2026〕7号"/' manifest.json\n${steps.ed25519}`);
    expect(bad.status, bad.out).not.toBe(0);
    expect(bad.out).not.toContain('Signature Verified Successfully');
  }, SLOW);

  it('SM2 with SM3: the signature verifies with user id 1234567812345678, every file matches', () => {
    const pub = publication('sm2', ['sm2'], '长市监信公〔2026〕2号');
    const r = sh(pub.dir, [steps.common, steps.sm2, steps.files].join('\n'));
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('Signature Verified Successfully');
    expect(r.out).toContain(`${pub.keyIds['sm2']}  -`);
    for (const f of pub.files) expect(r.out).toContain(`${f}: OK`);
    const bad = sh(pub.dir, `${steps.common}\nprintf ' ' >> manifest.json\n${steps.sm2}`);
    expect(bad.status, bad.out).not.toBe(0);
  }, SLOW);

  it('signed with both: each signature verifies with its own key, the SM2 one from signer.sm2.pem as the README says', () => {
    const pub = publication('both', ['ed25519', 'sm2'], '长市监信公〔2026〕3号');
    expect(steps.sm2).toContain('signer.sm2.pem');
    const sm2 = `unzip -p pkg.qcp META-INF/signer.sm2.pem > signer.sm2.pem\n${steps.sm2.replace('-inkey signer.pem', '-inkey signer.sm2.pem')}`;
    const r = sh(pub.dir, [steps.common, steps.ed25519, sm2, 'openssl pkey -pubin -in signer.sm2.pem -outform DER | sha256sum', steps.files].join('\n'));
    expect(r.status, r.out).toBe(0);
    expect(r.out.match(/Signature Verified Successfully/g)).toHaveLength(2);
    expect(r.out).toContain(`${pub.keyIds['ed25519']}  -`);
    expect(r.out).toContain(`${pub.keyIds['sm2']}  -`);
    for (const f of pub.files) expect(r.out).toContain(`${f}: OK`);
  }, SLOW);
});
