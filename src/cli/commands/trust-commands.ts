import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Backend } from '../../backend/backend';
import { AppFailure, fail } from '../../backend/failure';
import { sha256Hex } from '../../backend/packages/digests';
import { call, UsageError, type Out } from '../io';
import { signInAs } from './accounts';
import type { Flags } from './workspace-commands';

/** `qcd trust add`: a partner's key, registered only when the typed fingerprint matches it. */
export async function trustAddCommand(backend: Backend, flags: Flags, out: Out): Promise<void> {
  if (!flags.agency || !flags.pem || !flags.fingerprint) throw new UsageError('用法：qcd trust add --workspace DIR --agency CODE --pem FILE --fingerprint HEX [--name 机构名称]');
  let pem: string;
  try {
    pem = readFileSync(resolve(flags.pem), 'utf8');
  } catch (e) {
    return fail('E_KEY_FORMAT', `无法读取公钥文件 ${flags.pem}：${e instanceof Error ? e.message : String(e)}`);
  }
  const session = await signInAs(backend, flags.user, flags.passwordFile);
  const key = await call(backend, 'trust:add', { agencyCode: flags.agency, agencyName: flags.name ?? flags.agency, pem, fingerprint: flags.fingerprint }, session);
  out.result({ ok: true, key }, `已登记 ${key.agencyName}（${key.agencyCode}）的 ${key.alg} 公钥\n指纹：${key.fingerprint}`);
}

/** `qcd trust list`: the registry, read-only. */
export async function trustListCommand(backend: Backend, flags: Flags, out: Out): Promise<void> {
  const keys = await call(backend, 'trust:list', flags.agency ? { agencyCode: flags.agency } : {}, backend.localReaderSession());
  const lines = keys.map((k) => `${k.agencyCode}  ${k.agencyName}  ${k.alg}  ${k.fingerprint}${k.revokedAt ? `  已吊销（${k.revokedAt}）` : ''}`);
  out.result({ ok: true, keys }, lines.length ? lines.join('\n') : '尚未登记任何合作机构公钥');
}

/**
 * `qcd trust rotate FILE.qcp`: a partner's key-rotation package, checked (and with --preview, only
 * checked), then applied: the new key registered, the old one limited to the sequences it had
 * signed. Showing both fingerprints lets the person compare them with the partner's letter.
 */
export async function trustRotateCommand(backend: Backend, flags: Flags, out: Out): Promise<void> {
  const file = flags.file ?? '';
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(file));
  } catch (e) {
    return fail('E_VALIDATION', `无法读取数据包 ${file}：${e instanceof Error ? e.message : String(e)}`);
  }
  const session = await signInAs(backend, flags.user, flags.passwordFile);
  const input = { contentBase64: bytes.toString('base64'), fileName: basename(file) };
  let r;
  try {
    r = flags.preview
      ? await call(backend, 'trust:rotation-preview', input, session)
      : await call(backend, 'trust:rotation-apply', { ...input, expectedPackageSha256: sha256Hex(bytes) }, session);
  } catch (e) {
    // A package imported before is a harmless no-op, as for list packages.
    if (!(e instanceof AppFailure) || e.error.code !== 'I_ALREADY_IMPORTED') throw e;
    out.result({ ok: true, outcome: 'already-imported', code: e.error.code, message: e.error.message }, `${e.error.message}（未写入任何数据）`);
    return;
  }
  const through = Object.entries(r.validThrough).map(([s, n]) => `${s} 第 ${n} 号`).join('、') || '（无）';
  out.result({ ok: true, outcome: flags.preview ? 'preview' : 'applied', rotation: r }, [
    `${flags.preview ? '可以导入' : '已导入'} ${r.agencyName}（${r.agencyCode}）的密钥轮换包（keys 第 ${r.sequence} 号）`,
    `旧密钥：${r.oldKey.alg} ${r.oldKey.fingerprint}，此后只对以下序号有效：${through}`,
    `新密钥：${r.newKey.alg} ${r.newKey.fingerprint}${r.newKey.alreadyTrusted ? '（已登记）' : ''}`,
  ].join('\n'));
}
