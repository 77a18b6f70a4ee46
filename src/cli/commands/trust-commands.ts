import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Backend } from '../../backend/backend';
import { fail } from '../../backend/failure';
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
