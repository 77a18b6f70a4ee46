import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { VerifiedPackage } from '../../core/packages/verify';
import { formatFingerprint } from '../../core/signing/fingerprint';
import type { TrustedKey } from '../../core/signing/ports';
import { sha256Hex } from '../../backend/packages/digests';
import { openPackage } from '../../backend/packages/open';
import { publicKeyFromPem } from '../../backend/packages/public-key';
import { DEFAULT_ZIP_LIMITS } from '../../backend/packages/zip-profile';
import { EXIT, failureOf, type Out } from '../io';

const USAGE = '用法：qcd verify FILE.qcp [--trusted-key PEM]… [--json]';
const OPTIONS = { json: { type: 'boolean' }, 'trusted-key': { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } } as const;

/**
 * True when the first positional word is `verify` (so `qcd --json verify F` works too). `qcd audit
 * verify` starts with `audit` and stays with the workspace commands.
 */
export function isVerifyInvocation(argv: string[]): boolean {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: false, options: OPTIONS }).positionals[0] === 'verify';
  } catch {
    return false;
  }
}

function readTrustedKey(path: string): TrustedKey | string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return `无法读取公钥文件 ${path}：${e instanceof Error ? e.message : String(e)}`;
  }
  const key = publicKeyFromPem(text);
  return key ? { ...key, agencyCode: '*' } : `${path} 不是 Ed25519 或 SM2 公钥（PEM 格式的 SubjectPublicKeyInfo）`;
}

function readPackage(path: string): Uint8Array | { code: 'E_VALIDATION' | 'E_ZIP_LIMITS'; message: string } {
  try {
    const size = statSync(path).size;
    if (size > DEFAULT_ZIP_LIMITS.maxPackageBytes) return { code: 'E_ZIP_LIMITS', message: `文件过大（${size} 字节）` };
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    return { code: 'E_VALIDATION', message: `无法读取文件 ${path}：${e instanceof Error ? e.message : String(e)}` };
  }
}

function report(file: string, fileSha256: string, v: VerifiedPackage, trusted: boolean) {
  const m = v.manifest;
  return {
    ok: true, file, fileSha256, manifestSha256: v.manifestSha256,
    trust: trusted ? 'trusted-key' : 'embedded-key',
    ...(trusted ? {} : { warning: '签名用的是包内附带的公钥：只证明文件未被改动，不证明发布者身份；请与发布机关带外核对指纹' }),
    packageId: m.packageId, packageType: m.packageType,
    issuer: { ...m.issuer, fingerprint: formatFingerprint(m.issuer.keyId) },
    signatures: m.signatures.map((s) => ({ ...s, fingerprint: formatFingerprint(s.keyId) })),
    stream: m.stream, issuedAt: m.issuedAt, expiresAt: m.expiresAt, audience: m.audience,
    listType: m.listType, documentNo: m.documentNo, period: m.period, stats: m.stats, stateSha256: m.stateSha256,
    files: m.files.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 })),
  };
}

function text(r: ReturnType<typeof report>): string {
  return [
    `验证通过：${r.file}`,
    `发布机关：${r.issuer.agencyName}（${r.issuer.agencyCode}）`,
    ...r.signatures.map((s) => `签名：${s.alg}，公钥指纹 ${s.fingerprint}`),
    r.trust === 'trusted-key' ? '公钥：与 --trusted-key 给出的公钥一致' : `注意：${r.warning ?? ''}`,
    `数据包：${r.packageType} ${r.packageId}，流 ${r.stream.id} 第 ${r.stream.sequence} 号，签发于 ${r.issuedAt}，有效期至 ${r.expiresAt}`,
    `清单 SHA-256：${r.manifestSha256}`,
    `文件（${r.files.length} 个，大小与 SHA-256、SM3 摘要均与清单一致）：`,
    ...r.files.map((f) => `  ${f.path}  ${f.size} 字节  ${f.sha256}`),
  ].join('\n');
}

/**
 * `qcd verify FILE.qcp [--trusted-key PEM] [--json]`: needs no workspace. Exit 0 only when the
 * signature and every file check out; 1 with the formats.md §4 code of the first failing check;
 * 2 for a usage error. Every signature in the package must verify with a given key, so a package
 * signed with both Ed25519 and SM2 needs both keys (--trusted-key twice). Without --trusted-key the package's own signer.pem is used, as a third
 * party with OpenSSL would, and the report says that this proves integrity, not identity.
 *
 * @example await verifyCommand(['verify', 'a.qcp', '--json'], createOut(true)) // 0 | 1 | 2
 */
export async function verifyCommand(argv: string[], out: Out): Promise<number> {
  let file: string;
  let keyPaths: string[];
  try {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
    if (values.help || positionals.length !== 2 || !positionals[1]) throw new Error(USAGE);
    file = resolve(positionals[1]);
    keyPaths = values['trusted-key'] ?? [];
  } catch (e) {
    out.error(failureOf('E_USAGE', `命令用法错误：${e instanceof Error ? e.message : String(e)}`));
    if (!out.json) process.stderr.write(`${USAGE}\n`);
    return EXIT.usage;
  }
  const keys: TrustedKey[] = [];
  for (const keyPath of keyPaths) {
    const key = readTrustedKey(resolve(keyPath));
    if (typeof key === 'string') {
      out.error(failureOf('E_VALIDATION', key));
      return EXIT.failed;
    }
    keys.push(key);
  }
  const bytes = readPackage(file);
  if (!(bytes instanceof Uint8Array)) {
    out.error(failureOf(bytes.code, bytes.message));
    return EXIT.failed;
  }
  const result = openPackage(bytes, { trust: keys.length > 0 ? keys : 'embedded' });
  if (!result.ok) {
    out.error(result.error);
    return EXIT.failed;
  }
  const r = report(file, sha256Hex(bytes), result.value, keys.length > 0);
  out.result(r, text(r));
  return EXIT.ok;
}
