import { readFileSync } from 'node:fs';
import type { Backend } from '../../backend/backend';
import { fail } from '../../backend/failure';
import { call, type Out } from '../io';
import { signInAs } from './accounts';
import type { Flags } from './workspace-commands';

/** `qcd codes update --kind regions|industries FILE`: an administrator loads a newer code table. */
export async function codesUpdateCommand(backend: Backend, flags: Flags, out: Out): Promise<void> {
  const kind = flags.kind;
  if (kind !== 'regions' && kind !== 'industries') fail('E_VALIDATION', '--kind 须为 regions 或 industries');
  if (!flags.file) fail('E_VALIDATION', '请给出代码表文件（与 resources/codes 中的格式相同）');
  let content: string;
  try {
    content = readFileSync(flags.file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    return fail('E_VALIDATION', `无法读取文件 ${flags.file}：${e instanceof Error ? e.message : String(e)}`);
  }
  const session = await signInAs(backend, flags.user, flags.passwordFile);
  const r = await call(backend, 'codes:update', { kind, content }, session);
  out.result({ ok: true, ...r }, `已更新本工作区的${kind === 'regions' ? '行政区划' : '行业'}代码表：${r.entries} 条（SHA-256 ${r.sha256}）`);
}
