import { z } from 'zod';
import { callOf, isChannel, type Envelope, type InvokeRequest, type ProgressEvent } from '../../contract';
import { messageFor } from '../../core/shared/errors';
import type { AppError } from '../../core/shared/result';
import { toBeijingIso } from '../../core/shared/time';
import { appendAudit } from '../audit/chain';
import type { CodeTables } from '../codes';
import { AppFailure } from '../failure';
import { openWorkspace, type Workspace } from '../workspace/open';
import type { CallContext, Handlers } from './context';
import { SessionStore } from './sessions';

z.config(z.locales.zhCN());

/** The open workspace. A restore swaps it, so calls read it through this reference. */
export type WorkspaceRef = { current: Workspace; resourcesDir: string };

export type RouterOptions = {
  ws: WorkspaceRef;
  /** The code tables in force for a workspace (a workspace may load its own). */
  codes: (ws: Workspace) => CodeTables;
  handlers: Handlers;
  appVersion: string;
  now?: () => Date;
  sessions?: SessionStore;
};

export type Router = {
  call(request: InvokeRequest, onProgress?: (event: ProgressEvent) => void): Promise<Envelope>;
};

function validationError(error: z.ZodError): AppError {
  const first = error.issues[0];
  const where = first && first.path.length > 0 ? `${first.path.join('.')}：` : '';
  return {
    code: 'E_VALIDATION',
    message: `${messageFor('E_VALIDATION')}：${where}${first?.message ?? ''}`,
    details: { issues: error.issues.map((i) => ({ path: i.path.map(String), message: i.message })), field: first?.path[0] },
  };
}

/**
 * zod's own length checks can throw on a value that is not a string but has a `length` member it
 * cannot print (`{ length: Object.create(null) }`, found by the hostile-input test): such input is
 * invalid, not a fault of the program, so it gets the validation code too.
 */
function unreadableInput(e: unknown): AppError {
  const reason = e instanceof Error ? e.message : String(e);
  return { code: 'E_VALIDATION', message: `${messageFor('E_VALIDATION')}：无法识别的输入`, details: { issues: [{ path: [], message: reason }] } };
}

function toAppError(e: unknown, mutating: boolean): AppError {
  if (e instanceof AppFailure) return e.error;
  const reason = e instanceof Error ? e.message : String(e);
  if (mutating && e instanceof Error && e.name === 'SqliteError') {
    return { code: 'E_DB_WRITE', message: messageFor('E_DB_WRITE'), details: { reason } };
  }
  console.error('[qcd] internal error', e);
  return { code: 'E_INTERNAL', message: messageFor('E_INTERNAL'), details: { reason } };
}

/**
 * The one path every call takes, from the desktop app, the browser host and the CLI alike:
 * known channel → session and role → input schema → handler (in one transaction with its audit
 * rows when it changes data) → output schema → envelope. Calls run one at a time, so a long
 * transaction that yields for progress is never interleaved with another call's writes.
 */
export function createRouter(options: RouterOptions): Router {
  const sessions = options.sessions ?? new SessionStore();
  const now = options.now ?? (() => new Date());
  const running = new Map<string, AbortController>();
  let queue: Promise<unknown> = Promise.resolve();

  const cancel = (requestId: string): boolean => {
    const job = running.get(requestId);
    job?.abort();
    return job !== undefined;
  };

  async function run(request: InvokeRequest, onProgress?: (event: ProgressEvent) => void): Promise<Envelope> {
    if (!isChannel(request.channel)) {
      return { ok: false, error: { code: 'E_UNKNOWN_CHANNEL', message: `${messageFor('E_UNKNOWN_CHANNEL')}：${request.channel}` } };
    }
    const call = callOf(request.channel);
    const user = sessions.touch(request.session, now().getTime()) ?? null;
    if (call.access !== 'public') {
      if (!user) return { ok: false, error: { code: 'E_AUTH_REQUIRED', message: messageFor('E_AUTH_REQUIRED') } };
      if (!call.access.includes(user.role)) {
        return { ok: false, error: { code: 'E_FORBIDDEN', message: messageFor('E_FORBIDDEN'), details: { channel: call.channel, role: user.role } } };
      }
    }
    let parsed: ReturnType<typeof call.input.safeParse>;
    try {
      parsed = call.input.safeParse(request.input ?? {});
    } catch (e) {
      return { ok: false, error: unreadableInput(e) };
    }
    if (!parsed.success) return { ok: false, error: validationError(parsed.error) };

    const controller = new AbortController();
    running.set(request.requestId, controller);
    const ws = options.ws.current;
    const { db } = ws;
    let audited = 0;
    const ctx: CallContext = {
      ws, resourcesDir: options.ws.resourcesDir, codes: options.codes(ws), sessions, appVersion: options.appVersion, now, user,
      sessionToken: request.session, signal: controller.signal, cancel,
      replaceDatabase: async (swap) => {
        ws.close();
        try {
          await swap(ws.dir);
          // Accounts may differ in the restored database: every session ends.
          sessions.clear();
        } finally {
          // Reopen whatever is there now: the restored database, or the old one when the swap
          // failed before its rename.
          options.ws.current = await openWorkspace(ws.dir, { resourcesDir: options.ws.resourcesDir, now });
        }
      },
      progress: (done, total, label) => onProgress?.({ requestId: request.requestId, done, total, ...(label ? { label } : {}) }),
      auditNow: (entry, actor, alongside) => {
        if (call.mutates) throw new Error('auditNow is for calls that are not mutates');
        db.transaction(() => {
          alongside?.();
          appendAudit(db, actor, toBeijingIso(now()), entry);
        }).immediate();
      },
      audit: (entry, actor) => {
        const who = actor ?? (user ? { userId: user.id, username: user.username } : null);
        if (!who) throw new Error('audit without an actor');
        appendAudit(db, who, toBeijingIso(now()), entry);
        audited++;
      },
    };
    const handler = options.handlers[request.channel] as (input: unknown, ctx: CallContext) => unknown;
    try {
      if (call.mutates) db.exec('BEGIN IMMEDIATE');
      // The output is checked before COMMIT, so a call that would answer wrongly changes nothing.
      const value: unknown = call.output.parse(await handler(parsed.data, ctx));
      if (call.mutates) {
        // The audit invariant is enforced here, not trusted to each handler.
        if (audited === 0) throw new Error(`${call.channel} changed data without an audit row`);
        db.exec('COMMIT');
      }
      return { ok: true, value };
    } catch (e) {
      if (db.inTransaction) db.exec('ROLLBACK');
      return { ok: false, error: toAppError(e, call.mutates) };
    } finally {
      running.delete(request.requestId);
    }
  }

  return {
    call(request, onProgress) {
      // Cancelling must not wait behind the call it cancels.
      if (request.channel === 'jobs:cancel') return run(request, onProgress);
      const result = queue.then(() => run(request, onProgress));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
