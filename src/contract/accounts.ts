import { z } from 'zod';
import { defineCall } from './define';
import { PasswordSchema, UserSchema } from './app';

export const SettingsSchema = z.object({
  /** Minutes without input after which the app locks and asks for the password again (0 = never). */
  idleLockMinutes: z.number().int().min(0).max(24 * 60),
});
export type Settings = z.infer<typeof SettingsSchema>;

const UserIdSchema = z.number().int().positive();

export const usersResetPassword = defineCall({
  channel: 'users:reset-password', summary: '管理员重置用户密码（同时解除锁定）', access: ['admin'], mutates: true,
  input: z.object({ id: UserIdSchema, password: PasswordSchema }), output: UserSchema,
  errors: ['E_NOT_FOUND', 'E_PASSWORD_WEAK'],
});

export const usersSetDisabled = defineCall({
  channel: 'users:set-disabled', summary: '停用或启用账户', access: ['admin'], mutates: true,
  input: z.object({ id: UserIdSchema, disabled: z.boolean() }), output: UserSchema,
  errors: ['E_NOT_FOUND', 'E_VALIDATION'],
});

export const authChangePassword = defineCall({
  channel: 'auth:change-password', summary: '修改自己的密码', access: ['officer', 'reviewer', 'admin'], mutates: true,
  input: z.object({ current: PasswordSchema, next: PasswordSchema }), output: z.object({}),
  errors: ['E_AUTH_FAILED', 'E_PASSWORD_WEAK'],
});

export const settingsGet = defineCall({
  channel: 'settings:get', summary: '系统设置', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({}), output: SettingsSchema, errors: [],
});

export const settingsUpdate = defineCall({
  channel: 'settings:update', summary: '修改系统设置', access: ['admin'], mutates: true,
  input: SettingsSchema, output: SettingsSchema, errors: [],
});
