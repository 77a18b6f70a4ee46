import type { InputOf } from '../../contract';
import type { Backend } from '../../backend/backend';
import { call, type Out } from '../io';
import { choosePassword, createAdmin, signInAs } from './accounts';

export type Flags = {
  workspace: string;
  json: boolean;
  passwordFile?: string | undefined;
  user?: string | undefined;
  enterprises?: number | undefined;
  seed?: string | undefined;
  code?: string | undefined;
  out?: string | undefined;
  backup?: string | undefined;
  undo?: boolean | undefined;
  kind?: string | undefined;
  file?: string | undefined;
  /** `qcd search`: the enterprises:list input, checked against the contract while parsing. */
  search?: InputOf<'enterprises:list'> | undefined;
  uscc?: string | undefined;
  asOf?: string | undefined;
  model?: string | undefined;
  run?: string | undefined;
  agency?: string | undefined;
  pem?: string | undefined;
  fingerprint?: string | undefined;
  name?: string | undefined;
  /** `qcd trust rotate --preview`: check only. */
  preview?: boolean | undefined;
};

function passwordNote(generated: boolean, password: string): string {
  return generated ? `\n已生成初始密码（请立即妥善保存，不会再次显示）：${password}` : '';
}

export async function initCommand(backend: Backend, flags: Flags, out: Out): Promise<void> {
  const { password, generated } = choosePassword(flags.passwordFile);
  await createAdmin(backend, password, out);
  out.result(
    { ok: true, workspace: backend.ws.dir, accounts: [{ username: 'admin', role: 'admin' }], ...(generated ? { generatedPassword: password } : {}) },
    `已创建工作区 ${backend.ws.dir}，管理员账户：admin${passwordNote(generated, password)}`,
  );
}

/**
 * A new workspace gets the three demo accounts; an existing one is filled as a named
 * administrator, like any other change.
 */
export async function demoCommand(backend: Backend, flags: Flags, out: Out): Promise<void> {
  const info = await call(backend, 'app:info', {}, null);
  let session: string;
  let accounts: { username: string; role: string }[] = [];
  let note = '';
  let generatedPassword: string | undefined;
  if (info.needsSetup) {
    const { password, generated } = choosePassword(flags.passwordFile);
    session = await createAdmin(backend, password, out);
    await call(backend, 'users:create', { username: 'reviewer', displayName: '审核人（演示）', role: 'reviewer', password }, session);
    await call(backend, 'users:create', { username: 'officer', displayName: '经办人（演示）', role: 'officer', password }, session);
    accounts = [{ username: 'admin', role: 'admin' }, { username: 'reviewer', role: 'reviewer' }, { username: 'officer', role: 'officer' }];
    note = `\n账户：admin（管理员）、reviewer（审核人）、officer（经办人），密码相同${passwordNote(generated, password)}`;
    if (generated) generatedPassword = password;
  } else {
    session = await signInAs(backend, flags.user, flags.passwordFile);
  }
  const started = performance.now();
  const result = await call(backend, 'demo:generate', { enterprises: flags.enterprises ?? 1000, seed: flags.seed ?? '1' }, session, out);
  const seconds = (performance.now() - started) / 1000;
  out.result(
    { ok: true, workspace: backend.ws.dir, enterprises: result.enterprises, records: result.records, seed: flags.seed ?? '1', seconds, accounts, ...(generatedPassword ? { generatedPassword } : {}) },
    `已生成 ${result.enterprises} 家演示企业及近五年的 ${result.records} 条信用记录（种子 ${flags.seed ?? '1'}，用时 ${seconds.toFixed(1)} 秒）${note}`,
  );
}

export async function statsCommand(backend: Backend, _flags: Flags, out: Out): Promise<void> {
  const counts = await call(backend, 'stats:counts', {}, backend.localReaderSession());
  const labels: Record<string, string> = { users: '用户', enterprises: '企业', audit_log: '审计记录' };
  out.result(counts, Object.entries(counts).map(([t, n]) => `${labels[t] ?? t}（${t}）：${n}`).join('\n'));
}

/** Exit status 1 with E_AUDIT_CHAIN_BROKEN when any row was edited or removed. */
export async function auditVerifyCommand(backend: Backend, _flags: Flags, out: Out): Promise<boolean> {
  const v = await call(backend, 'audit:verify', {}, backend.localReaderSession());
  const text = v.ok
    ? `审计日志完整：共 ${v.rows} 条，哈希链校验通过`
    : `审计日志校验未通过（E_AUDIT_CHAIN_BROKEN），共 ${v.rows} 条，发现 ${v.problems.length} 处问题：\n${v.problems.map((p) => `  - ${p.message}`).join('\n')}`;
  out.result(v.ok ? v : { ...v, error: { code: 'E_AUDIT_CHAIN_BROKEN', message: '审计日志哈希链校验未通过：有记录被修改或删除' } }, text);
  return v.ok;
}
