import { randomBytes } from 'node:crypto';
import type { Backend } from '../../backend/backend';
import { fail } from '../../backend/failure';
import { call, readPasswordFile, type Out } from '../io';

/** 16 random characters plus a guaranteed letter and digit, so it always meets the policy. */
export function generatePassword(): string {
  return `${randomBytes(12).toString('base64url')}a1`;
}

export type PasswordChoice = { password: string; generated: boolean };

export function choosePassword(passwordFile: string | undefined): PasswordChoice {
  return passwordFile ? { password: readPasswordFile(passwordFile), generated: false } : { password: generatePassword(), generated: true };
}

/** Creates the first administrator `admin` of a new workspace and signs in as it. */
export async function createAdmin(backend: Backend, password: string, out: Out): Promise<string> {
  const info = await call(backend, 'app:info', {}, null);
  if (!info.needsSetup) fail('E_SETUP_DONE', `工作区 ${info.workspace} 已有管理员，无需再次初始化`);
  await call(backend, 'setup:create-admin', { username: 'admin', displayName: '系统管理员', password }, null, out);
  return signIn(backend, 'admin', password);
}

export async function signIn(backend: Backend, username: string, password: string): Promise<string> {
  return (await call(backend, 'auth:login', { username, password }, null)).session;
}

/** Signs in as the named user of a data-changing command (`--user NAME --password-file F`). */
export async function signInAs(backend: Backend, user: string | undefined, passwordFile: string | undefined): Promise<string> {
  if (!user || !passwordFile) fail('E_AUTH_REQUIRED', '修改数据的命令需要 --user 用户名 和 --password-file 密码文件');
  return signIn(backend, user, readPasswordFile(passwordFile));
}
