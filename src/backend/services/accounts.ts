import { eq } from 'drizzle-orm';
import type { Settings, User } from '../../contract';
import { hashPassword, isStrongEnough, verifyPassword } from '../crypto/password';
import { meta, users, type UserRow } from '../db/schema';
import { fail } from '../failure';
import { requireUser, type CallContext, type Handler } from '../router/context';
import { toUser } from './users';

export const DEFAULT_SETTINGS: Settings = { idleLockMinutes: 15 };
const SETTINGS_KEY = 'settings';

function userRow(ctx: CallContext, id: number): UserRow {
  return ctx.ws.orm.select().from(users).where(eq(users.id, id)).get() ?? fail('E_NOT_FOUND', `未找到编号为 ${id} 的用户`);
}

function account(u: User) {
  return { username: u.username, role: u.role, disabled: u.disabled };
}

/** The reset is audited without the password; it also lifts a lockout. */
export const usersResetPassword: Handler<'users:reset-password'> = async (input, ctx) => {
  const before = userRow(ctx, input.id);
  if (!isStrongEnough(input.password)) fail('E_PASSWORD_WEAK', undefined, { field: 'password' });
  const passwordHash = await hashPassword(input.password);
  const row = ctx.ws.orm.update(users).set({ passwordHash, failedLogins: 0, lockedUntil: null }).where(eq(users.id, input.id)).returning().get();
  if (!row) fail('E_NOT_FOUND');
  ctx.sessions.endUser(row.id);
  ctx.audit({ action: 'users:reset-password', entity: 'user', entityId: String(row.id),
    before: { ...account(toUser(before)), lockedUntil: before.lockedUntil }, after: { ...account(toUser(row)), passwordReset: true } });
  return toUser(row);
};

export const usersSetDisabled: Handler<'users:set-disabled'> = (input, ctx) => {
  const me = requireUser(ctx);
  if (me.id === input.id && input.disabled) fail('E_VALIDATION', '不能停用自己的账户', { field: 'disabled' });
  const before = toUser(userRow(ctx, input.id));
  const row = ctx.ws.orm.update(users).set({ disabled: input.disabled }).where(eq(users.id, input.id)).returning().get();
  if (!row) fail('E_NOT_FOUND');
  if (row.disabled) ctx.sessions.endUser(row.id);
  ctx.audit({ action: 'users:set-disabled', entity: 'user', entityId: String(row.id), before: account(before), after: account(toUser(row)) });
  return toUser(row);
};

export const authChangePassword: Handler<'auth:change-password'> = async (input, ctx) => {
  const me = requireUser(ctx);
  const row = userRow(ctx, me.id);
  if (!(await verifyPassword(input.current, row.passwordHash))) fail('E_AUTH_FAILED', '当前密码不正确', { field: 'current' });
  if (!isStrongEnough(input.next)) fail('E_PASSWORD_WEAK', undefined, { field: 'next' });
  ctx.ws.orm.update(users).set({ passwordHash: await hashPassword(input.next) }).where(eq(users.id, me.id)).run();
  ctx.audit({ action: 'auth:change-password', entity: 'user', entityId: String(me.id), before: null, after: { username: me.username, passwordChanged: true } });
  return {};
};

export function readSettings(ctx: CallContext): Settings {
  const raw = ctx.ws.orm.select({ value: meta.value }).from(meta).where(eq(meta.key, SETTINGS_KEY)).get()?.value;
  return { ...DEFAULT_SETTINGS, ...(raw ? (JSON.parse(raw) as Partial<Settings>) : {}) };
}

export const settingsGet: Handler<'settings:get'> = (_input, ctx) => readSettings(ctx);

export const settingsUpdate: Handler<'settings:update'> = (input, ctx) => {
  const before = readSettings(ctx);
  const after = { ...before, ...input };
  ctx.ws.orm.insert(meta).values({ key: SETTINGS_KEY, value: JSON.stringify(after) })
    .onConflictDoUpdate({ target: meta.key, set: { value: JSON.stringify(after) } }).run();
  ctx.audit({ action: 'settings:update', entity: 'settings', entityId: null, before, after });
  return after;
};
