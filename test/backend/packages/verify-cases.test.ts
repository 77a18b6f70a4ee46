import { describe, expect, it } from 'vitest';
import { openPackage, type OpenOptions } from '../../../src/backend/packages/open';
import { readPackageZip } from '../../../src/backend/packages/zip-read';
import { canonicalJson } from '../../../src/core/shared/canonical-json';
import type { ManifestSigner } from '../../../src/core/signing/ports';
import { ISSUER, OTHER_AGENCY, RECIPIENT, pkg, rezip, signer, trusted } from './fixtures';

const ed = signer('ed25519');
const sm = signer('sm2-sm3');
const stranger = signer('ed25519', 'stranger');

function open(bytes: Uint8Array, more: Partial<OpenOptions> = {}) {
  return openPackage(bytes, { trust: [trusted(ed), trusted(sm)], ...more });
}
function codeOf(bytes: Uint8Array, more: Partial<OpenOptions> = {}): string {
  const r = open(bytes, more);
  return r.ok ? 'OK' : r.error.code;
}
function entriesOf(bytes: Uint8Array) {
  const r = readPackageZip(bytes);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}
/** Replace the manifest by other bytes and sign them properly: a genuine issuer's malformed package. */
function resigned(bytes: Uint8Array, manifest: string, by: ManifestSigner = ed): Uint8Array {
  const m = Buffer.from(manifest, 'utf8');
  return rezip(entriesOf(bytes), (es) => es.map((e) => (e.path === 'META-INF/manifest.json' ? { ...e, bytes: m } : e.path === 'META-INF/manifest.sig.ed25519' ? { ...e, bytes: by.sign(m) } : e)));
}
function manifestOf(bytes: Uint8Array): Record<string, unknown> {
  return JSON.parse(Buffer.from(entriesOf(bytes).find((e) => e.path === 'META-INF/manifest.json')!.bytes).toString('utf8')) as Record<string, unknown>;
}

describe('a good package', () => {
  it('opens with every signature, file and digest checked', () => {
    const r = open(pkg({ signers: [ed, sm] }), { recipient: RECIPIENT });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.signedBy.map((k) => k.alg)).toEqual(['ed25519', 'sm2-sm3']);
    expect([...r.value.files.keys()]).toEqual(['META-INF/signer.pem', 'META-INF/signer.sm2.pem', 'data/entries.jsonl', 'data/说明.txt']);
    expect(r.value.manifest.issuer.agencyCode).toBe(ISSUER);
  });
  it('is byte-identical when built twice from the same input, for both algorithms', () => {
    expect(Buffer.from(pkg({ signers: [ed, sm] })).equals(Buffer.from(pkg({ signers: [ed, sm] })))).toBe(true);
    expect(Buffer.from(pkg({ signers: [sm] })).equals(Buffer.from(pkg({ signers: [sm] })))).toBe(true);
  });
  it('also verifies with the embedded signer.pem (integrity only, for a third party)', () => {
    expect(codeOf(pkg({ signers: [sm] }), { trust: 'embedded' })).toBe('OK');
  });
});

describe('formats.md §4: each failure refused with its code', () => {
  const good = pkg();
  it('E_DIGEST_MISMATCH / E_SIZE_MISMATCH: a file changed after signing', () => {
    const same = rezip(entriesOf(good), (es) => es.map((e) => (e.path === 'data/entries.jsonl' ? { ...e, bytes: Buffer.from(Buffer.from(e.bytes).toString('utf8').replace('removed', 'active\u0020')) } : e)));
    expect(codeOf(same)).toBe('E_DIGEST_MISMATCH');
    const longer = rezip(entriesOf(good), (es) => es.map((e) => (e.path === 'data/entries.jsonl' ? { ...e, bytes: Buffer.concat([e.bytes, Buffer.from('{}\n')]) } : e)));
    expect(codeOf(longer)).toBe('E_SIZE_MISMATCH');
  });
  it('E_FILE_UNLISTED: a file added; E_FILE_MISSING: a file taken out', () => {
    expect(codeOf(rezip(entriesOf(good), (es) => [...es, { path: 'data/extra.csv', bytes: Buffer.from('a,b\n') }]))).toBe('E_FILE_UNLISTED');
    expect(codeOf(rezip(entriesOf(good), (es) => es.filter((e) => e.path !== 'data/说明.txt')))).toBe('E_FILE_MISSING');
  });
  it('E_KEY_UNKNOWN: signed by a key nobody confirmed (the signer.pem inside does not help)', () => {
    expect(codeOf(pkg({ signers: [stranger] }))).toBe('E_KEY_UNKNOWN');
  });
  it('E_SIG_INVALID: the manifest names a trusted key but another key signed it', () => {
    const m = entriesOf(good).find((e) => e.path === 'META-INF/manifest.json')!.bytes;
    const swapped = rezip(entriesOf(good), (es) => es.map((e) => (e.path === 'META-INF/manifest.sig.ed25519' ? { ...e, bytes: stranger.sign(m) } : e)));
    expect(codeOf(swapped)).toBe('E_SIG_INVALID');
  });
  it('E_KEY_NOT_ISSUER: a trusted key of another agency', () => {
    expect(codeOf(good, { trust: [trusted(ed, OTHER_AGENCY)] })).toBe('E_KEY_NOT_ISSUER');
  });
  it('E_KEY_REVOKED: revoked, rotated away before this sequence, or not yet valid', () => {
    expect(codeOf(good, { trust: [trusted(ed, ISSUER, { revoked: true })] })).toBe('E_KEY_REVOKED');
    expect(codeOf(pkg({ draft: { stream: { id: 'blacklist/quality', sequence: 5 } } }), { trust: [trusted(ed, ISSUER, { revokedAfterSequence: 4 })] })).toBe('E_KEY_REVOKED');
    expect(codeOf(good, { trust: [trusted(ed, ISSUER, { validFromSequence: 2 })] })).toBe('E_KEY_REVOKED');
  });
  it('E_EXPIRED, unless a reviewer overrides it', () => {
    const old = pkg({ draft: { issuedAt: '2020-01-01T09:00:00+08:00', expiresAt: '2021-01-01T00:00:00+08:00' } });
    expect(codeOf(old)).toBe('E_EXPIRED');
    const r = open(old, { allowExpired: true });
    expect(r.ok && r.value.expired).toBe(true);
  });
  it('E_NOT_FOR_US: addressed to other agencies', () => {
    const addressed = pkg({ draft: { audience: [OTHER_AGENCY] } });
    expect(codeOf(addressed, { recipient: RECIPIENT })).toBe('E_NOT_FOR_US');
    expect(codeOf(addressed, { recipient: OTHER_AGENCY })).toBe('OK');
  });
  it('E_SIG_MISSING and E_ALG_UNSUPPORTED', () => {
    expect(codeOf(rezip(entriesOf(good), (es) => es.filter((e) => !e.path.startsWith('META-INF/manifest.sig'))))).toBe('E_SIG_MISSING');
    expect(codeOf(good, { requiredAlgorithms: ['sm2-sm3'] })).toBe('E_SIG_MISSING');
    expect(codeOf(rezip(entriesOf(good), (es) => [...es, { path: 'META-INF/manifest.sig.rsa', bytes: Buffer.alloc(256) }]))).toBe('E_ALG_UNSUPPORTED');
    expect(codeOf(rezip(entriesOf(good), (es) => es.filter((e) => e.path !== 'META-INF/manifest.json')))).toBe('E_SIG_MISSING');
  });
  it('E_MIMETYPE: wrong text, not first, or compressed', () => {
    expect(codeOf(rezip(entriesOf(good), (es) => es.map((e) => (e.path === 'mimetype' ? { ...e, bytes: Buffer.from('application/zip') } : e))))).toBe('E_MIMETYPE');
    expect(codeOf(rezip(entriesOf(good), (es) => [...es.slice(1), es[0]!]))).toBe('E_MIMETYPE');
    const mimetype = 'application/vnd.qcd.qcp+zip;version=1'.repeat(1);
    expect(codeOf(rezip(entriesOf(good), (es) => es.map((e) => (e.path === 'mimetype' ? { path: e.path, bytes: Buffer.from(mimetype.padEnd(200, ' ')) } : e))))).toBe('E_MIMETYPE');
  });
  it('E_MANIFEST_NONCANONICAL, E_MANIFEST_SCHEMA, E_FORMAT_VERSION: signed by the issuer, but malformed', () => {
    const m = manifestOf(good);
    expect(codeOf(resigned(good, JSON.stringify(m, null, 1)))).toBe('E_MANIFEST_NONCANONICAL');
    expect(codeOf(resigned(good, `\uFEFF${canonicalJson(m)}`))).toBe('E_MANIFEST_SCHEMA');
    expect(codeOf(resigned(good, canonicalJson({ ...m, extra: 1 })))).toBe('E_MANIFEST_SCHEMA');
    expect(codeOf(resigned(good, canonicalJson({ ...m, formatVersion: 2 })))).toBe('E_FORMAT_VERSION');
    expect(codeOf(resigned(good, 'not json'))).toBe('E_MANIFEST_SCHEMA');
  });
  it('E_FILE_UNLISTED: a signature the manifest does not list', () => {
    const m = entriesOf(good).find((e) => e.path === 'META-INF/manifest.json')!.bytes;
    expect(codeOf(rezip(entriesOf(good), (es) => [...es, { path: 'META-INF/manifest.sig.sm2', bytes: sm.sign(m), store: true }]))).toBe('E_FILE_UNLISTED');
  });
});

describe('sequence decisions through openPackage', () => {
  it('refuses a delta whose base this receiver never had, and a replay is I_ALREADY_IMPORTED', () => {
    const delta = pkg({ draft: { packageType: 'delta', stream: { id: 'blacklist/quality', sequence: 2, prevManifestSha256: 'a'.repeat(64), baseSnapshotSequence: 1 } } });
    expect(codeOf(delta, { stream: null })).toBe('E_BASE_SNAPSHOT_MISSING');
    const snap = open(pkg());
    if (!snap.ok) throw new Error('snapshot');
    const state = { lastSequence: 1, lastManifestSha256: snap.value.manifestSha256, lastIssuedAt: '2026-12-01T09:00:00+08:00', baseSnapshotSequence: 1, imported: [{ sequence: 1, manifestSha256: snap.value.manifestSha256 }] };
    expect(codeOf(pkg(), { stream: state })).toBe('I_ALREADY_IMPORTED');
    expect(codeOf(delta, { stream: state })).toBe('E_CHAIN_BROKEN');
  });
});
