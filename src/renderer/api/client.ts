import { callOf, type Channel, type InputOf, type OutputOf, type ProgressEvent } from '../../contract';
import { messageFor } from '../../core/shared/errors';
import { ApiError } from './api-error';
import { findBridge } from './bridge';
import { expireSession, sessionToken } from './session';

export type CallOptions = {
  /** Progress of a long call (`demo:generate`); only events of this call arrive here. */
  onProgress?: (event: ProgressEvent) => void;
  /** Aborting asks the backend to cancel; the call then fails with E_CANCELLED. */
  signal?: AbortSignal;
};

/**
 * Calls the backend through `window.api` and returns the value the contract promises, or throws
 * an {@link ApiError}.
 *
 * @example const page = await call('enterprises:list', { query: '华茂', page: 1, pageSize: 20 });
 */
export async function call<K extends Channel>(channel: K, input: InputOf<K>, options: CallOptions = {}): Promise<OutputOf<K>> {
  const bridge = findBridge();
  if (!bridge) throw new ApiError({ code: 'E_INTERNAL', message: messageFor('E_INTERNAL') });
  const { onProgress, signal } = options;
  if (signal?.aborted) throw new ApiError({ code: 'E_CANCELLED', message: messageFor('E_CANCELLED') });

  const requestId = crypto.randomUUID();
  const unsubscribe = onProgress
    ? bridge.onProgress((event) => {
        if (event.requestId === requestId) onProgress(event);
      })
    : undefined;
  const cancel = () => {
    // The original call settles with E_CANCELLED; a failed cancel request changes nothing.
    call('jobs:cancel', { requestId }).catch(() => undefined);
  };
  signal?.addEventListener('abort', cancel, { once: true });

  try {
    let envelope;
    try {
      envelope = await bridge.invoke({ requestId, channel, input, session: sessionToken() });
    } catch (cause) {
      const detail = cause instanceof Error ? cause.message : String(cause);
      throw new ApiError({ code: 'E_INTERNAL', message: `${messageFor('E_INTERNAL')}：${detail}` });
    }
    if (!envelope.ok) {
      if (envelope.error.code === 'E_AUTH_REQUIRED') expireSession();
      throw new ApiError(envelope.error);
    }
    // Parsing against the contract keeps the static type honest if the backend ever drifts.
    const parsed = callOf(channel).output.safeParse(envelope.value);
    if (!parsed.success) {
      throw new ApiError({ code: 'E_INTERNAL', message: `${messageFor('E_INTERNAL')}：${channel} 的返回值与约定不符` });
    }
    return parsed.data as OutputOf<K>;
  } finally {
    unsubscribe?.();
    signal?.removeEventListener('abort', cancel);
  }
}
