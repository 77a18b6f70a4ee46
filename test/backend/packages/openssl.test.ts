import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/workspace';
import { pkg, signer } from './fixtures';

const t = tempDir('qcd-openssl-');
afterAll(() => t.cleanup());

/** What a third party runs: unzip, openssl, sha256sum — no copy of this application. */
function sh(script: string): { status: number | null; out: string } {
  const r = spawnSync('bash', ['-euo', 'pipefail', '-c', script], { cwd: t.dir, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** Every listed file's SHA-256, checked with sha256sum against the manifest (jq-free: node only reads JSON). */
function checkFilesScript(): string {
  return `unzip -o -q pkg.qcp -d x && node -e 'const m=JSON.parse(require("fs").readFileSync("manifest.json","utf8"));for(const f of m.files)console.log(f.sha256+"  "+f.path)' > SHA256SUMS && (cd x && sha256sum -c ../SHA256SUMS)`;
}

describe('a third party verifies with OpenSSL alone (formats.md §1)', () => {
  it('Ed25519', () => {
    writeFileSync(join(t.dir, 'pkg.qcp'), pkg({ signers: [signer('ed25519')] }));
    const r = sh(`unzip -p pkg.qcp META-INF/manifest.json > manifest.json
unzip -p pkg.qcp META-INF/signer.pem > signer.pem
unzip -p pkg.qcp META-INF/manifest.sig.ed25519 > sig
openssl pkeyutl -verify -pubin -inkey signer.pem -rawin -in manifest.json -sigfile sig
${checkFilesScript()}
openssl pkey -pubin -in signer.pem -outform DER | sha256sum`);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('Signature Verified Successfully');
    expect(r.out).toContain('data/说明.txt: OK');
    const manifest = JSON.parse(readFileSync(join(t.dir, 'manifest.json'), 'utf8')) as { issuer: { keyId: string } };
    expect(r.out).toContain(manifest.issuer.keyId);
    // And OpenSSL says no to a changed manifest.
    expect(sh('printf " " >> manifest.json; openssl pkeyutl -verify -pubin -inkey signer.pem -rawin -in manifest.json -sigfile sig').status).not.toBe(0);
  });

  it('SM2 with SM3, user id 1234567812345678', () => {
    writeFileSync(join(t.dir, 'pkg.qcp'), pkg({ signers: [signer('sm2-sm3')] }));
    const r = sh(`unzip -p pkg.qcp META-INF/manifest.json > manifest.json
unzip -p pkg.qcp META-INF/signer.pem > signer.pem
unzip -p pkg.qcp META-INF/manifest.sig.sm2 > sig
openssl pkeyutl -verify -pubin -inkey signer.pem -rawin -in manifest.json -sigfile sig -digest sm3 -pkeyopt distid:1234567812345678
${checkFilesScript()}`);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('Signature Verified Successfully');
    expect(sh('openssl pkeyutl -verify -pubin -inkey signer.pem -rawin -in manifest.json -sigfile sig -digest sm3 -pkeyopt distid:ALICE123@YAHOO.COM').status).not.toBe(0);
  });

  it('both signatures in one package: signer.pem is Ed25519, signer.sm2.pem is SM2', () => {
    writeFileSync(join(t.dir, 'pkg.qcp'), pkg({ signers: [signer('ed25519'), signer('sm2-sm3')] }));
    const r = sh(`unzip -p pkg.qcp META-INF/manifest.json > manifest.json
unzip -p pkg.qcp META-INF/signer.pem > signer.pem
unzip -p pkg.qcp META-INF/signer.sm2.pem > signer.sm2.pem
unzip -p pkg.qcp META-INF/manifest.sig.ed25519 > sig.ed25519
unzip -p pkg.qcp META-INF/manifest.sig.sm2 > sig.sm2
openssl pkeyutl -verify -pubin -inkey signer.pem -rawin -in manifest.json -sigfile sig.ed25519
openssl pkeyutl -verify -pubin -inkey signer.sm2.pem -rawin -in manifest.json -sigfile sig.sm2 -digest sm3 -pkeyopt distid:1234567812345678`);
    expect(r.status, r.out).toBe(0);
    expect(r.out.match(/Signature Verified Successfully/g)).toHaveLength(2);
  });

  it('unzip lists the Chinese names and tests every CRC', () => {
    writeFileSync(join(t.dir, 'pkg.qcp'), pkg());
    const out = execFileSync('unzip', ['-t', join(t.dir, 'pkg.qcp')], { encoding: 'utf8' });
    expect(out).toContain('data/说明.txt');
    expect(out).toContain('No errors detected');
  });
});
