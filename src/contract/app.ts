import { z } from 'zod';
import { defineCall, RoleSchema } from './define';

export const AppInfoSchema = z.object({
  version: z.string(),
  workspace: z.string(),
  /** True until the first administrator exists: the UI then shows the first-start screen. */
  needsSetup: z.boolean(),
  schemaVersion: z.number().int(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const UserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type User = z.infer<typeof UserSchema>;

export const UsernameSchema = z.string().trim().regex(/^[a-z][a-z0-9._-]{2,31}$/, '用户名为 3–32 位小写字母、数字或 ._-，以字母开头');
export const PasswordSchema = z.string().min(1).max(256);
export const DisplayNameSchema = z.string().trim().min(1).max(40);

export const appInfo = defineCall({
  channel: 'app:info', summary: '程序与工作区信息', access: 'public', mutates: false,
  input: z.object({}), output: AppInfoSchema, errors: [],
});

export const setupCreateAdmin = defineCall({
  channel: 'setup:create-admin', summary: '首次启动：创建管理员', access: 'public', mutates: true,
  input: z.object({ username: UsernameSchema, displayName: DisplayNameSchema, password: PasswordSchema }),
  output: UserSchema, errors: ['E_SETUP_DONE', 'E_PASSWORD_WEAK'],
});

export const authLogin = defineCall({
  channel: 'auth:login', summary: '登录', access: 'public', mutates: false,
  input: z.object({ username: z.string().trim().min(1).max(64), password: PasswordSchema }),
  output: z.object({ session: z.string(), user: UserSchema }), errors: ['E_AUTH_FAILED', 'E_ACCOUNT_DISABLED'],
});

export const authLogout = defineCall({
  channel: 'auth:logout', summary: '退出登录', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({}), output: z.object({}), errors: [],
});

export const authMe = defineCall({
  channel: 'auth:me', summary: '当前用户', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({}), output: UserSchema, errors: [],
});

export const usersList = defineCall({
  channel: 'users:list', summary: '用户列表', access: ['admin'], mutates: false,
  input: z.object({}), output: z.array(UserSchema), errors: [],
});

export const usersCreate = defineCall({
  channel: 'users:create', summary: '新建用户', access: ['admin'], mutates: true,
  input: z.object({ username: UsernameSchema, displayName: DisplayNameSchema, role: RoleSchema, password: PasswordSchema }),
  output: UserSchema, errors: ['E_USERNAME_TAKEN', 'E_PASSWORD_WEAK'],
});

export const jobsCancel = defineCall({
  channel: 'jobs:cancel', summary: '取消正在进行的长时间操作', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({ requestId: z.string().min(1).max(64) }), output: z.object({ cancelled: z.boolean() }), errors: [],
});
