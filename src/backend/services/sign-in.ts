import { eq } from 'drizzle-orm';
import { toBeijingIso } from '../../core/shared/time';
import { hashPassword, verifyPassword } from '../crypto/password';
import { users } from '../db/schema';
import { fail } from '../failure';
import type { Handler } from '../router/context';
import { toUser } from './users';

/** After this many consecutive failures the account is locked for LOCK_MINUTES. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

/** A hash to verify against for unknown names, so that their answer takes as long as a real one. */
let decoy: Promise<string> | undefined;
const decoyHash = (): Promise<string> => (decoy ??= hashPassword('decoy-password-0'));

/**
 * Signs in. Every failure and refusal is audited at once (it must stay on record although the
 * call fails); five failures in a row lock the account for a quarter of an hour. Unknown names and
 * wrong passwords get the same answer in the same time.
 */
export const authLogin: Handler<'auth:login'> = async (input, ctx) => {
  const username = input.username.toLowerCase();
  const row = ctx.ws.orm.select().from(users).where(eq(users.username, username)).get();
  const now = ctx.now();
  const audit = (action: string, after: Record<string, unknown>, alongside?: () => void) =>
    ctx.auditNow({ action, entity: 'user', entityId: row ? String(row.id) : null, before: null, after: { username, ...after } },
      { userId: row?.id ?? null, username }, alongside);

  if (row?.lockedUntil && row.lockedUntil > toBeijingIso(now)) {
    audit('auth:login-refused', { reason: 'locked', lockedUntil: row.lockedUntil });
    fail('E_LOGIN_LOCKED', `登录失败次数过多，该账户已锁定至 ${row.lockedUntil.slice(11, 16)}，请稍后再试或联系管理员解锁`, { lockedUntil: row.lockedUntil });
  }
  const passwordOk = await verifyPassword(input.password, row?.passwordHash ?? (await decoyHash()));
  if (!row || !passwordOk) {
    const failures = (row?.failedLogins ?? 0) + 1;
    const lockedUntil = row && failures >= MAX_FAILED_LOGINS ? toBeijingIso(new Date(now.getTime() + LOCK_MINUTES * 60_000)) : null;
    audit('auth:login-failed', { failures, ...(lockedUntil ? { lockedUntil } : {}) }, () => {
      if (row) ctx.ws.orm.update(users).set({ failedLogins: failures, lockedUntil }).where(eq(users.id, row.id)).run();
    });
    fail('E_AUTH_FAILED');
  }
  if (row.disabled) {
    audit('auth:login-refused', { reason: 'disabled' });
    fail('E_ACCOUNT_DISABLED');
  }
  audit('auth:login', {}, () => ctx.ws.orm.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, row.id)).run());
  const user = toUser(row);
  const session = ctx.sessions.create({ id: user.id, username: user.username, displayName: user.displayName, role: user.role }, now.getTime());
  return { session, user };
};
