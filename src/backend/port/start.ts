import { openBackend } from '../backend';
import { AppFailure } from '../failure';
import { dailyBackupIfDue } from '../workspace/backups';
import type { BackendPort, BackendStartOptions } from './messages';

/**
 * Runs the backend behind a message port (Electron utilityProcess or a worker thread). Opening
 * the workspace may fail (newer database, corrupt file): the host is told with a stable code.
 */
export async function startBackend(port: BackendPort, options: BackendStartOptions): Promise<void> {
  let backend;
  try {
    backend = await openBackend(options);
  } catch (e) {
    const error = e instanceof AppFailure ? e.error : { code: 'E_WORKSPACE' as const, message: String(e) };
    port.post({ type: 'fatal', error });
    return;
  }
  const { router } = backend;
  // The desktop app and the browser preview keep one automatic backup a day. A failed backup
  // must not keep officers out of their data: it is reported and the app opens anyway.
  await dailyBackupIfDue(backend.ws, new Date()).catch((e: unknown) => console.error('[qcd] daily backup failed', e));
  port.onMessage((message) => {
    if (message.type !== 'invoke') return;
    const { request } = message;
    // The router answers errors as envelopes; the catch is for a bug in it, so that no call is
    // ever left without an answer.
    void router.call(request, (event) => port.post({ type: 'progress', event }))
      .catch((e: unknown) => ({ ok: false as const, error: { code: 'E_INTERNAL' as const, message: `程序内部错误：${String(e)}` } }))
      .then((envelope) => port.post({ type: 'result', requestId: request.requestId, envelope }));
  });
  port.post({ type: 'ready', workspace: options.workspace });
}
