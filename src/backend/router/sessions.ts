import { randomBytes } from 'node:crypto';
import type { Role } from '../../contract';

export type SessionUser = { id: number; username: string; displayName: string; role: Role };

type Session = { user: SessionUser; lastSeen: number };

/**
 * Sessions live only in the backend's memory: a restart signs everyone out, and no token is ever
 * written to disk. Idle sessions expire.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  constructor(private readonly idleMs: number = 8 * 60 * 60 * 1000) {}

  create(user: SessionUser, now: number): string {
    const token = randomBytes(32).toString('base64url');
    this.sessions.set(token, { user, lastSeen: now });
    return token;
  }

  /** The session's user, refreshing its idle timer; undefined when unknown or expired. */
  touch(token: string | null, now: number): SessionUser | undefined {
    if (!token) return undefined;
    const s = this.sessions.get(token);
    if (!s) return undefined;
    if (now - s.lastSeen > this.idleMs) {
      this.sessions.delete(token);
      return undefined;
    }
    s.lastSeen = now;
    return s.user;
  }

  /** Ends every session of one account (disabled, or its password reset). */
  endUser(userId: number): void {
    for (const [token, s] of this.sessions) if (s.user.id === userId) this.sessions.delete(token);
  }

  clear(): void {
    this.sessions.clear();
  }

  end(token: string | null): void {
    if (token) this.sessions.delete(token);
  }
}
