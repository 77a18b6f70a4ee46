import { asc, count, eq } from 'drizzle-orm';
import type { User } from '../../contract';
import { users, type UserRow } from '../db/schema';
import { hashPassword, isStrongEnough } from '../crypto/password';
import { fail } from '../failure';
import { toBeijingIso } from '../../core/shared/time';
import { requireUser, type CallContext, type Handler } from '../router/context';

export function toUser(row: UserRow): User {
  return { id: row.id, username: row.username, displayName: row.displayName, role: row.role, disabled: row.disabled, createdAt: row.createdAt };
}

/** The audit record of an account never holds its password hash. */
function auditView(user: User): Omit<User, 'createdAt'> {
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role, disabled: user.disabled };
}

export function userCount(ctx: CallContext): number {
  return ctx.ws.orm.select({ n: count() }).from(users).get()?.n ?? 0;
}

async function insertUser(ctx: CallContext, input: { username: string; displayName: string; role: User['role']; password: string }): Promise<User> {
  if (!isStrongEnough(input.password)) fail('E_PASSWORD_WEAK', undefined, { field: 'password' });
  const taken = ctx.ws.orm.select({ id: users.id }).from(users).where(eq(users.username, input.username)).get();
  if (taken) fail('E_USERNAME_TAKEN', undefined, { field: 'username' });
  const row = ctx.ws.orm.insert(users).values({
    username: input.username, displayName: input.displayName, role: input.role,
    passwordHash: await hashPassword(input.password), createdAt: toBeijingIso(ctx.now()),
  }).returning().get();
  return toUser(row);
}

/** First start only: the workspace has no account yet, so whoever runs it becomes administrator. */
export const setupCreateAdmin: Handler<'setup:create-admin'> = async (input, ctx) => {
  if (userCount(ctx) > 0) fail('E_SETUP_DONE');
  const user = await insertUser(ctx, { ...input, role: 'admin' });
  ctx.audit({ action: 'setup:create-admin', entity: 'user', entityId: String(user.id), before: null, after: auditView(user) },
    { userId: user.id, username: user.username });
  return user;
};

export const usersCreate: Handler<'users:create'> = async (input, ctx) => {
  const user = await insertUser(ctx, input);
  ctx.audit({ action: 'users:create', entity: 'user', entityId: String(user.id), before: null, after: auditView(user) });
  return user;
};

export const usersList: Handler<'users:list'> = (_input, ctx) =>
  ctx.ws.orm.select().from(users).orderBy(asc(users.id)).all().map(toUser);

export const authLogout: Handler<'auth:logout'> = (_input, ctx) => {
  ctx.sessions.end(ctx.sessionToken);
  return {};
};

export const authMe: Handler<'auth:me'> = (_input, ctx) => {
  const me = requireUser(ctx);
  const row = ctx.ws.orm.select().from(users).where(eq(users.id, me.id)).get();
  if (!row) fail('E_AUTH_REQUIRED');
  return toUser(row);
};
