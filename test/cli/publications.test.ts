import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/backend/packages/digests';
import { DB_FILE } from '../../src/backend/workspace/open';
import { qcd } from '../helpers/cli';
import { PASSWORD, tempDir } from '../helpers/workspace';
import { seedListScene } from '../backend/publications-fixtures';

const t = tempDir('qcd-publish-');
afterAll(() => t.cleanup());
const p = (name: string) => join(t.dir, name);
const ws = p('ws');
const as = ['--user', 'admin', '--password-file', p('pw')];
const publish = (docNo: string, out: string, alg = '--json') =>
  qcd('publish', '--workspace', ws, '--list', 'black', '--from', '2026-01-01', '--to', '2026-06-30', '--doc-no', docNo, '--passphrase-file', p('pp'), '--out', out, ...as, alg);

function sh(script: string): { status: number | null; out: string } {
  const r = spawnSync('bash', ['-euo', 'pipefail', '-c', script], { cwd: t.dir, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

beforeAll(() => {
  writeFileSync(p('pw'), `${PASSWORD}\n`);
  writeFileSync(p('pp'), 'Agency-sign-2026\n');
  expect(qcd('init', '--workspace', ws, '--password-file', p('pw')).status).toBe(0);
  const db = new Database(join(ws, DB_FILE));
  seedListScene(db);
  db.close();
}, 60_000);

describe('qcd keys generate, publish, publication export', () => {
  it('generates the key as a named user, with the agency; exit 2 on usage errors', () => {
    expect(qcd('keys', 'generate', '--workspace', ws, '--alg', 'rsa', '--passphrase-file', p('pp'), ...as).status).toBe(2);
    expect(qcd('keys', 'generate', '--workspace', ws, '--alg', 'sm2', '--passphrase-file', p('pp'), ...as, '--json').status).toBe(1);
    const r = qcd('keys', 'generate', '--workspace', ws, '--alg', 'sm2', '--passphrase-file', p('pp'), '--agency', '11430100MB1234567X', '--name', '长沙市市场监督管理局', ...as, '--json');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ ok: true, key: { alg: 'sm2-sm3' }, agency: { code: '11430100MB1234567X' } });
    expect(qcd('keys', 'generate', '--workspace', ws, '--alg', 'ed25519', ...as).status).toBe(2);
  });

  it('publishes; qcd verify says exit 0; export gives the identical bytes; the same document number is refused', () => {
    const r = publish('长市监信公〔2026〕3号', p('pub.qcp'));
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const j = r.json() as { publication: { packageSha256: string; stats: { entries: number } } };
    expect(j.publication.stats.entries).toBe(5);
    expect(sha256Hex(readFileSync(p('pub.qcp')))).toBe(j.publication.packageSha256);
    const v = qcd('verify', p('pub.qcp'), '--json');
    expect(v.status, v.stdout).toBe(0);
    expect(v.json()).toMatchObject({ ok: true, packageType: 'publication', documentNo: '长市监信公〔2026〕3号', signatures: [{ alg: 'sm2-sm3' }] });
    const e = qcd('publication', 'export', '--workspace', ws, '--doc-no', '长市监信公〔2026〕3号', '--out', p('again.qcp'), '--json');
    expect(e.status, e.stdout + e.stderr).toBe(0);
    expect(readFileSync(p('again.qcp')).equals(readFileSync(p('pub.qcp')))).toBe(true);
    const twice = publish('长市监信公〔2026〕3号', p('twice.qcp'));
    expect(twice.status).toBe(1);
    expect(twice.json()).toMatchObject({ ok: false, error: { code: 'E_PUBLICATION_EXISTS' } });
    expect(qcd('publication', 'export', '--workspace', ws, '--doc-no', '无此文号', '--out', p('x.qcp')).status).toBe(1);
    expect(qcd('publish', '--workspace', ws, '--list', 'black', '--from', '2026-01-01').status).toBe(2);
    expect(qcd('publication', 'export', '--workspace', ws).status).toBe(2);
  });

  it('a third party verifies the publication with OpenSSL alone (SM2 with SM3), then every file with sha256sum', () => {
    const r = sh(`cp pub.qcp pkg.qcp
unzip -p pkg.qcp META-INF/manifest.json > manifest.json
unzip -p pkg.qcp META-INF/signer.pem > signer.pem
unzip -p pkg.qcp META-INF/manifest.sig.sm2 > sig
openssl pkeyutl -verify -pubin -inkey signer.pem -rawin -in manifest.json -sigfile sig -digest sm3 -pkeyopt distid:1234567812345678
unzip -o -q pkg.qcp -d x && node -e 'const m=JSON.parse(require("fs").readFileSync("manifest.json","utf8"));for(const f of m.files)console.log(f.sha256+"  "+f.path)' > SHA256SUMS && (cd x && sha256sum -c ../SHA256SUMS)`);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('Signature Verified Successfully');
    expect(r.out).toContain('publication/announcement.pdf: OK');
    expect(r.out).toContain('data/entries.jsonl: OK');
  });
});
