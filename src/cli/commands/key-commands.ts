import type { Backend } from '../../backend/backend';
import { fail } from '../../backend/failure';
import { call, readPasswordFile, UsageError, type Out } from '../io';
import { signInAs } from './accounts';

/** The flags of the key and publication commands (publication-commands.ts parses them). */
export type KeyFlags = {
  json: boolean; user?: string | undefined; passwordFile?: string | undefined;
  alg?: string | undefined; passphraseFile?: string | undefined; newPassphraseFile?: string | undefined;
  agency?: string | undefined; name?: string | undefined;
  list?: string | undefined; from?: string | undefined; to?: string | undefined; docNo?: string | undefined;
  date?: string | undefined; out?: string | undefined;
};

/** The signing passphrase, from a file (its first line): never on the command line, where `ps` shows it. */
export function readPassphrase(path: string | undefined, flag = '--passphrase-file'): string {
  if (!path) throw new UsageError(`缺少 ${flag} F（签名密钥口令文件）`);
  return readPasswordFile(path);
}

function algFlag(alg: string | undefined): 'ed25519' | 'sm2' {
  if (alg === 'ed25519' || alg === 'sm2') return alg;
  throw new UsageError('--alg 须为 ed25519 或 sm2');
}

/** `qcd keys generate`: a new agency key, sealed under the passphrase; prints the public key and fingerprint. */
export async function keysGenerateCommand(backend: Backend, flags: KeyFlags, out: Out): Promise<void> {
  const alg = algFlag(flags.alg);
  const passphrase = readPassphrase(flags.passphraseFile);
  const session = await signInAs(backend, flags.user, flags.passwordFile);
  const r = await call(backend, 'keys:generate', {
    alg, passphrase, ...(flags.agency ? { agencyCode: flags.agency } : {}), ...(flags.name ? { agencyName: flags.name } : {}),
  }, session);
  out.result({ ok: true, agency: r.agency, key: r.key }, [
    `已为 ${r.agency.name}（${r.agency.code}）生成 ${r.key.alg} 签名密钥（私钥已用口令加密保存）`,
    `公钥指纹：${r.key.fingerprint}`, '', r.key.spkiPem.trimEnd(),
  ].join('\n'));
}

/** `qcd keys list`: public information only. */
export async function keysListCommand(backend: Backend, _flags: KeyFlags, out: Out): Promise<void> {
  const r = await call(backend, 'keys:list', {}, backend.localReaderSession());
  const lines = r.keys.map((k) => `${k.id}  ${k.alg}  ${k.status}  ${k.fingerprint}  ${k.createdAt.slice(0, 10)}`);
  out.result({ ok: true, ...r }, [`本机关：${r.agency ? `${r.agency.name}（${r.agency.code}）` : '尚未登记'}`, ...lines].join('\n'));
}

/** `qcd keys rotate`: a new key and the key-rotation package, written to --out. */
export async function keysRotateCommand(backend: Backend, flags: KeyFlags, out: Out, write: (path: string, base64: string) => string): Promise<void> {
  const alg = algFlag(flags.alg);
  if (!flags.out) throw new UsageError('缺少 --out FILE.qcp');
  const passphrase = readPassphrase(flags.passphraseFile);
  const newPassphrase = readPassphrase(flags.newPassphraseFile, '--new-passphrase-file');
  const session = await signInAs(backend, flags.user, flags.passwordFile);
  const r = await call(backend, 'keys:rotate', { alg, passphrase, newPassphrase }, session);
  const exported = await call(backend, 'publications:export', { id: r.package.id }, session);
  if (exported.packageSha256 !== r.package.packageSha256) fail('E_INTERNAL', '导出的数据包与发布时不一致');
  const path = write(flags.out, exported.contentBase64);
  out.result({ ok: true, key: r.key, retired: r.retired, package: { ...r.package, out: path } }, [
    `已轮换 ${r.key.alg} 签名密钥`, `新公钥指纹：${r.key.fingerprint}`, `原公钥指纹：${r.retired.fingerprint}（已停用）`,
    `密钥轮换包：${path}（新旧密钥共同签署，请发送给各合作机构）`,
  ].join('\n'));
}
