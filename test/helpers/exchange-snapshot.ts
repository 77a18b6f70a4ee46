import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { deflateRawSync, crc32 } from 'node:zlib';
import { manifestBytes } from '../../src/core/packages/manifest';
import type { Manifest } from '../../src/core/packages/manifest-schema';
import { FORMAT, FORMAT_VERSION, MANIFEST_PATH, MIMETYPE, MIMETYPE_PATH, SIGNER_PEM_PATH } from '../../src/core/packages/constants';
import { SIGNATURE_PATHS } from '../../src/core/signing/algorithms';
import type { ManifestSigner } from '../../src/core/signing/ports';
import { createRandom } from '../../src/core/demo/random';
import { sha256Hex, sm3Hex } from '../../src/backend/packages/digests';
import { spkiToPem } from '../../src/backend/packages/public-key';
import { frameZip, type ZipFrame } from '../../src/backend/packages/zip-write';
import { sealRecord } from '../../src/backend/services/publications/record';

export const ISSUER = { agencyCode: '11430100MB1234567X', agencyName: '长沙市市场监督管理局' };
const WORDS = ['湘江', '星城', '芙蓉', '岳麓', '麓山', '橘洲', '金霞', '天心', '雨花', '开福', '望城', '浏阳', '宁乡', '长株潭', '洞庭', '衡岳', '锦绣', '华翔', '恒达', '鑫源'];
const TRADES = ['食品', '电器', '建材', '纺织', '化工', '机械', '塑料', '五金', '玩具', '家具', '电线电缆', '农资', '眼镜', '涂料'];

/** One realistic record of a black list as publications write it (every member, masked ID number). */
function record(i: number, pick: <T>(xs: readonly T[]) => T, int: (n: number) => number): string {
  const day = `202${int(6)}-0${1 + int(9)}-${String(1 + int(28)).padStart(2, '0')}`;
  const id = `${ISSUER.agencyCode}-serious-dishonesty-${String(i).padStart(7, '0')}`;
  return sealRecord({
    id, formerIds: [], listType: 'serious-dishonesty', listTypeName: '严重违法失信名单',
    subject: {
      kind: 'enterprise', name: `${pick(WORDS)}${pick(WORDS)}${pick(TRADES)}有限公司`, uscc: `91430100MA${String(i).padStart(7, '0')}X`, orgCode: `MA${String(i).padStart(7, '0')}`,
      legalRepresentative: { name: '王某某', idType: '身份证', idNumber: '430102********1234' }, representativeListed: false,
    },
    reason: '生产销售不合格产品，货值金额较大，被处以较重行政处罚', legalBasis: '《市场监督管理严重违法失信名单管理办法》第九条',
    authority: { name: ISSUER.agencyName, code: ISSUER.agencyCode }, decisionDocNo: `长市监信〔2026〕${i}号`, listedOn: day, plannedEnd: `2029${day.slice(4)}`,
    status: 'active', removal: null, history: [{ date: day, transition: 'publish', docNo: `长市监信〔2026〕${i}号` }],
    provenance: { source: 'local', agencyCode: ISSUER.agencyCode },
  }).line;
}

/** A line of the snapshot, given its 1-based number, as a test wants it instead (a damaged record, say). */
export type LineHook = (line: string, i: number) => string;

/** How a test wants the package to differ: its lines, or the state digest its manifest claims. */
export type SnapshotOptions = { hook?: LineHook; claimedState?: string };

/**
 * A signed snapshot of n realistic black-list records from ISSUER, written to `path`; its files'
 * digests and state digest are those of the lines as written (after `hook`), unless `claimedState`. Generated a block at
 * a time with digests fed as it goes, so the generator does not hold a gigabyte of JSONL either.
 */
export function writeSnapshot(path: string, n: number, signer: ManifestSigner, { hook, claimedState }: SnapshotOptions = {}): { bytes: number; stateSha256: string } {
  const random = createRandom(`bench-exchange-${n}`);
  const pick = <T>(xs: readonly T[]): T => xs[random.int(xs.length)] as T;
  const sha = createHash('sha256');
  const sm3 = createHash('sm3');
  const state = createHash('sha256');
  const blocks: Buffer[] = [];
  let crc = 0;
  let size = 0;
  for (let i = 1; i <= n; i += 10_000) {
    const lines: string[] = [];
    for (let k = i; k < Math.min(n + 1, i + 10_000); k++) {
      const made = record(k, pick, random.int.bind(random));
      const line = hook ? hook(made, k) : made;
      lines.push(line);
      const parsed = JSON.parse(line) as { id: string; contentSha256: string };
      state.update(`${parsed.id}:${parsed.contentSha256}\n`);
    }
    const block = Buffer.from(`${lines.join('\n')}\n`, 'utf8');
    sha.update(block);
    sm3.update(block);
    crc = crc32(block, crc);
    size += block.length;
    blocks.push(block);
  }
  const data = deflateRawSync(Buffer.concat(blocks), { level: 6 });
  blocks.length = 0;
  const stateSha256 = state.digest('hex');
  const pem = Buffer.from(spkiToPem(signer.spki), 'utf8');
  const manifest: Manifest = {
    format: FORMAT, formatVersion: FORMAT_VERSION, packageId: '6f1c2a3b-4d5e-4f60-8a7b-8c9d0e1f2a3b', packageType: 'snapshot',
    issuer: { ...ISSUER, keyId: signer.keyId }, audience: ['*'], stream: { id: 'exchange/black', sequence: 1 },
    issuedAt: '2026-07-01T09:00:00+08:00', expiresAt: '2099-01-01T00:00:00+08:00', listType: 'black',
    files: [
      { path: SIGNER_PEM_PATH, mediaType: 'application/x-pem-file', size: pem.length, sha256: sha256Hex(pem), sm3: sm3Hex(pem) },
      { path: 'data/entries.jsonl', mediaType: 'application/jsonl', size, sha256: sha.digest('hex'), sm3: sm3.digest('hex') },
    ],
    stats: { entries: n, added: n, amended: 0, removed: 0 }, stateSha256: claimedState ?? stateSha256, signatures: [{ alg: signer.alg, keyId: signer.keyId }],
    generator: { name: 'Quality Credit Desk bench', version: '1' },
  };
  const mbytes = manifestBytes(manifest);
  const stored = (p: string, b: Uint8Array): ZipFrame => ({ path: p, method: 0, data: b, size: b.length, crc: crc32(b) });
  const zip = frameZip([
    stored(MIMETYPE_PATH, Buffer.from(MIMETYPE, 'utf8')), stored(MANIFEST_PATH, mbytes), stored(SIGNATURE_PATHS[signer.alg], signer.sign(mbytes)),
    stored(SIGNER_PEM_PATH, pem), { path: 'data/entries.jsonl', method: 8, data, size, crc },
  ]);
  writeFileSync(path, zip);
  return { bytes: zip.length, stateSha256 };
}
