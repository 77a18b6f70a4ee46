import { randomUUID } from 'node:crypto';
import { buildPackage, type ManifestDraft, type PackageFile } from '../../../src/backend/packages/build';
import { generatePrivateKey, signerOf } from '../../../src/backend/packages/signers';
import { writePackageZip, type ZipInput } from '../../../src/backend/packages/zip-write';
import type { TrustedKey, ManifestSigner } from '../../../src/core/signing/ports';
import type { SignatureAlgorithm } from '../../../src/core/signing/algorithms';

export const ISSUER = '12430000MB1234567X';
export const OTHER_AGENCY = '11110000MB7654321Y';
export const RECIPIENT = '12440000MB0000001Z';

/** Keys are made once per test file: SM2 key generation in pure JavaScript is not free. */
const cache = new Map<string, ManifestSigner>();
export function signer(alg: SignatureAlgorithm, name = 'a'): ManifestSigner {
  const id = `${alg}:${name}`;
  let s = cache.get(id);
  if (!s) cache.set(id, (s = signerOf(generatePrivateKey(alg))));
  return s;
}

export function trusted(s: ManifestSigner, agencyCode = ISSUER, more: Partial<TrustedKey> = {}): TrustedKey {
  return { alg: s.alg, keyId: s.keyId, spki: s.spki, agencyCode, ...more };
}

export function draft(more: Partial<ManifestDraft> = {}): ManifestDraft {
  return {
    packageId: '0f8fad5b-d9cb-469f-a165-70867728950e', packageType: 'snapshot',
    issuer: { agencyCode: ISSUER, agencyName: '湖南省市场监督管理局' },
    audience: ['*'],
    stream: { id: 'blacklist/quality', sequence: 1 },
    issuedAt: '2026-12-01T09:00:00+08:00', expiresAt: '2099-03-01T00:00:00+08:00',
    listType: 'black', documentNo: '湘质信公〔2026〕12号',
    stats: { entries: 2, added: 2, amended: 0, removed: 0 },
    generator: { name: 'quality-credit-desk', version: 'test' },
    ...more,
  };
}

export const ENTRIES = `${JSON.stringify({ id: 'QL-0001', name: '长沙某某食品有限公司', status: 'active' })}\n${JSON.stringify({ id: 'QL-0002', name: '某某（北京）科技有限公司', status: 'removed' })}\n`;

export function files(text = ENTRIES): PackageFile[] {
  return [
    { path: 'data/entries.jsonl', mediaType: 'application/jsonl', bytes: Buffer.from(text, 'utf8') },
    { path: 'data/说明.txt', mediaType: 'text/plain', bytes: Buffer.from('质量信用名单\n', 'utf8') },
  ];
}

/** A signed package's bytes; throws on a builder refusal, which a test should never see. */
export function pkg(opts: { signers?: ManifestSigner[]; draft?: Partial<ManifestDraft>; files?: PackageFile[] } = {}): Uint8Array {
  const r = buildPackage(draft(opts.draft), opts.files ?? files(), opts.signers ?? [signer('ed25519')]);
  if (!r.ok) throw new Error(`${r.error.code} ${JSON.stringify(r.error.details)}`);
  return r.value.bytes;
}

export const uuid = () => randomUUID();

/** Rewrites a package's entries (as an attacker with a ZIP tool would), keeping the canonical ZIP form. */
export function rezip(entries: ReadonlyArray<{ path: string; bytes: Uint8Array; stored: boolean }>, edit: (e: ZipInput[]) => ZipInput[]): Uint8Array {
  return writePackageZip(edit(entries.map((e) => ({ path: e.path, bytes: e.bytes, store: e.stored }))));
}
