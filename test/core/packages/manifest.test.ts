import { describe, expect, it } from 'vitest';
import { utf8Decode, utf8Encode, toHex } from '../../../src/core/packages/bytes';
import { collisionKey, isSafeEntryName } from '../../../src/core/packages/entry-name';
import { manifestBytes, parseManifest, peekSignerClaims } from '../../../src/core/packages/manifest';
import type { Manifest } from '../../../src/core/packages/manifest-schema';
import { stateDigestText, stateSha256 } from '../../../src/core/packages/state-digest';
import { canonicalJson } from '../../../src/core/shared/canonical-json';
import { formatFingerprint, parseFingerprint } from '../../../src/core/signing/fingerprint';

const K = 'ab'.repeat(32);
const m: Manifest = {
  format: 'qcp', formatVersion: 1, packageId: '0f8fad5b-d9cb-469f-a165-70867728950e', packageType: 'delta',
  issuer: { agencyCode: '12430000MB1234567X', agencyName: '湖南省市场监督管理局', keyId: K },
  audience: ['*'], stream: { id: 'blacklist/quality', sequence: 42, prevManifestSha256: 'cd'.repeat(32), baseSnapshotSequence: 40 },
  issuedAt: '2026-12-01T09:00:00+08:00', expiresAt: '2027-03-01T00:00:00+08:00', listType: 'black', documentNo: '湘质信公〔2026〕12号',
  files: [{ path: 'data/entries.jsonl', mediaType: 'application/jsonl', size: 3, sha256: 'ef'.repeat(32), sm3: '01'.repeat(32) }],
  stats: { entries: 1200, added: 3, amended: 5, removed: 2 }, stateSha256: '23'.repeat(32),
  signatures: [{ alg: 'ed25519', keyId: K }], generator: { name: 'qcd', version: '0.1.0' },
};
const code = (text: string) => { const r = parseManifest(utf8Encode(text)); return r.ok ? 'OK' : r.error.code; };

describe('manifest', () => {
  it('round-trips through its canonical bytes', () => {
    expect(utf8Decode(manifestBytes(m))).toBe(canonicalJson(m));
    expect(parseManifest(manifestBytes(m))).toEqual({ ok: true, value: m });
  });
  it('refuses non-canonical forms: whitespace, key order, 1.0, a BOM', () => {
    expect(code(JSON.stringify(m))).toBe('E_MANIFEST_NONCANONICAL');
    expect(code(canonicalJson(m).replace('"formatVersion":1', '"formatVersion":1.0'))).toBe('E_MANIFEST_NONCANONICAL');
    expect(code(`${canonicalJson(m)}\n`)).toBe('E_MANIFEST_NONCANONICAL');
    expect(code(`\uFEFF${canonicalJson(m)}`)).toBe('E_MANIFEST_SCHEMA');
  });
  it('refuses schema errors with the field named', () => {
    const r = parseManifest(utf8Encode(canonicalJson({ ...m, stream: { id: 'x', sequence: 2 } })));
    expect(!r.ok && r.error.code).toBe('E_MANIFEST_SCHEMA');
    expect(code(canonicalJson({ ...m, issuer: { ...m.issuer, keyId: 'cd'.repeat(32) } }))).toBe('E_MANIFEST_SCHEMA');
    expect(code(canonicalJson({ ...m, files: [...m.files, ...m.files] }))).toBe('E_MANIFEST_SCHEMA');
    expect(code(canonicalJson({ ...m, files: [{ ...m.files[0]!, path: '../x' }] }))).toBe('E_MANIFEST_SCHEMA');
    expect(code(canonicalJson({ ...m, expiresAt: '2020-01-01T00:00:00+08:00' }))).toBe('E_MANIFEST_SCHEMA');
    expect(code(canonicalJson({ ...m, audience: ['*', 'X'] }))).toBe('E_MANIFEST_SCHEMA');
    expect(code(canonicalJson({ ...m, formatVersion: 2 }))).toBe('E_FORMAT_VERSION');
    expect(code('[]')).toBe('E_MANIFEST_SCHEMA');
  });
  it('peeks at the signer claims of any bytes without failing', () => {
    expect(peekSignerClaims(manifestBytes(m))).toEqual({ agencyCode: m.issuer.agencyCode, streamId: m.stream.id, sequence: 42, keyIds: { ed25519: K } });
    expect(peekSignerClaims(Uint8Array.of(0xff, 0))).toEqual({ keyIds: {} });
    expect(peekSignerClaims(utf8Encode('null'))).toEqual({ keyIds: {} });
  });
});

describe('pure helpers', () => {
  it('UTF-8 encodes like Node and decodes strictly', () => {
    for (const s of ['', 'abc', '质量信用', '𠀀😀', 'é']) {
      expect(toHex(utf8Encode(s))).toBe(Buffer.from(s, 'utf8').toString('hex'));
      expect(utf8Decode(utf8Encode(s))).toBe(s);
    }
    for (const bad of [[0xc0, 0x80], [0xe0, 0x80], [0xed, 0xa0, 0x80], [0xe8, 0xb4], [0xff], [0x80]]) expect(utf8Decode(Uint8Array.from(bad))).toBeUndefined();
  });
  it('entry names: safe ones only, collisions by case and Unicode form', () => {
    expect(['data/a.jsonl', 'META-INF/manifest.json', 'publication/公告.pdf'].every(isSafeEntryName)).toBe(true);
    expect(['', '/a', 'a/', '../a', 'a/../b', 'a//b', './a', 'a\\b', 'C:x', 'a\u0000', ' a'].some(isSafeEntryName)).toBe(false);
    expect(collisionKey('DATA/é')).toBe(collisionKey('data/e\u0301'));
  });
  it('fingerprints in groups of four, parsed back from what a person types', () => {
    const id = '0123456789abcdef'.repeat(4);
    expect(formatFingerprint(id)).toBe(`0123 4567 89ab cdef ${'0123 4567 89ab cdef '.repeat(3)}`.trim());
    expect(parseFingerprint(formatFingerprint(id).toUpperCase())).toBe(id);
    expect(parseFingerprint(id.slice(0, 60))).toBeUndefined();
  });
  it('state digest text: sorted `id:contentSha256` lines; duplicates refused', () => {
    expect(stateDigestText([{ id: 'b', contentSha256: '2' }, { id: 'a', contentSha256: '1' }])).toBe('a:1\nb:2\n');
    expect(() => stateDigestText([{ id: 'a', contentSha256: '1' }, { id: 'a', contentSha256: '2' }])).toThrow(RangeError);
    expect(stateSha256([], (t) => `h(${t})`)).toBe('h()');
  });
});
