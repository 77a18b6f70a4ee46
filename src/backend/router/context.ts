import type { z } from 'zod';
import type { Channel, Contract, OutputOf } from '../../contract';
import type { AuditActor, AuditEntry } from '../audit/chain';
import type { CodeTables } from '../codes';
import type { Workspace } from '../workspace/open';
import type { SessionStore, SessionUser } from './sessions';

/** Everything a handler may use. Handlers get no other way to reach the database or the clock. */
export type CallContext = {
  ws: Workspace;
  resourcesDir: string;
  codes: CodeTables;
  sessions: SessionStore;
  appVersion: string;
  now(): Date;
  /** The signed-in user; null only for public calls. */
  user: SessionUser | null;
  sessionToken: string | null;
  /** Reports progress of a long call to whoever started it. */
  progress(done: number, total: number, label?: string): void;
  /** Aborted when the person cancels: a handler checks it between chunks and stops. */
  signal: AbortSignal;
  /** Writes an audit row inside the call's transaction. Mutating calls must write at least one. */
  audit(entry: AuditEntry, actor?: AuditActor): void;
  /**
   * Writes an audit row and any change in `alongside` in a transaction of their own, committed
   * at once — for events of calls that otherwise change nothing and may still fail afterwards
   * (a refused sign-in must stay on record although the call answers with an error).
   */
  auditNow(entry: AuditEntry, actor: AuditActor, alongside?: () => void): void;
  /**
   * Closes the workspace's database, lets `swap` replace the file (a restore), and reopens it;
   * all sessions end. Only for calls that are not `mutates` (they manage their own writes).
   */
  replaceDatabase(swap: (workspaceDir: string) => Promise<void>): Promise<void>;
  /** Cancels a running call by its request id (used by jobs:cancel). */
  cancel(requestId: string): boolean;
};

export type Handler<K extends Channel> = (
  input: z.output<Contract[K]['input']>,
  ctx: CallContext,
) => OutputOf<K> | Promise<OutputOf<K>>;

export type Handlers = { [K in Channel]: Handler<K> };

/** The signed-in user, for handlers whose contract excludes public access. */
export function requireUser(ctx: CallContext): SessionUser {
  if (!ctx.user) throw new Error('handler of a non-public call ran without a user');
  return ctx.user;
}
