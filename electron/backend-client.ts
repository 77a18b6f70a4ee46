import type { Envelope, InvokeRequest, ProgressEvent } from '../src/contract';
import type { AppError } from '../src/core/shared/result';
import { parseOutMessage, type HostToBackendMessage } from './backend-protocol';
import { failure } from './ipc';

/**
 * The main process's side of the backend: matches each 'result' to its pending call and turns
 * the backend's failure or death into error envelopes, so that no call from the renderer ever
 * hangs. Knows nothing of Electron: main.ts wires it to a UtilityProcess.
 */

export type BackendClientHooks = {
  send(message: HostToBackendMessage): void;
  onProgress(event: ProgressEvent): void;
  onReady?(workspace: string): void;
  /** The backend could not open the workspace; every call now fails with `error`. */
  onFatal(error: AppError): void;
  /** The backend process ended while the app was running. */
  onExit(code: number): void;
  onMalformed?(message: unknown): void;
};

export type BackendState =
  | { kind: 'starting' }
  | { kind: 'ready'; workspace: string }
  | { kind: 'failed'; error: AppError }
  | { kind: 'exited'; code: number };

export type BackendClient = {
  invoke(request: InvokeRequest): Promise<Envelope>;
  handleMessage(message: unknown): void;
  handleExit(code: number): void;
  state(): BackendState;
};

export function exitedEnvelope(code: number): Envelope {
  return failure('E_INTERNAL', `后台服务已停止（退出代码 ${code}），未完成的操作没有写入数据，请重新启动程序`);
}

export function createBackendClient(hooks: BackendClientHooks): BackendClient {
  let state: BackendState = { kind: 'starting' };
  const pending = new Map<string, (envelope: Envelope) => void>();

  const settleAll = (envelope: Envelope): void => {
    const resolvers = [...pending.values()];
    pending.clear();
    for (const resolve of resolvers) resolve(envelope);
  };

  return {
    state: () => state,

    invoke(request) {
      if (state.kind === 'failed') return Promise.resolve({ ok: false, error: state.error });
      if (state.kind === 'exited') return Promise.resolve(exitedEnvelope(state.code));
      // Progress events and jobs:cancel name a call by its requestId, so two live calls may not share one.
      if (pending.has(request.requestId)) {
        return Promise.resolve(failure('E_VALIDATION', '请求编号重复'));
      }
      return new Promise<Envelope>((resolve) => {
        pending.set(request.requestId, resolve);
        // Sent while starting too: the backend answers once the workspace is open.
        hooks.send({ type: 'invoke', request });
      });
    },

    handleMessage(raw) {
      const message = parseOutMessage(raw);
      if (message === null) {
        hooks.onMalformed?.(raw);
        return;
      }
      switch (message.type) {
        case 'result': {
          const resolve = pending.get(message.requestId);
          pending.delete(message.requestId);
          resolve?.(message.envelope);
          return;
        }
        case 'progress':
          hooks.onProgress(message.event);
          return;
        case 'ready':
          state = { kind: 'ready', workspace: message.workspace };
          hooks.onReady?.(message.workspace);
          return;
        case 'fatal':
          state = { kind: 'failed', error: message.error };
          settleAll({ ok: false, error: message.error });
          hooks.onFatal(message.error);
          return;
      }
    },

    handleExit(code) {
      if (state.kind === 'exited') return;
      state = { kind: 'exited', code };
      settleAll(exitedEnvelope(code));
      hooks.onExit(code);
    },
  };
}
