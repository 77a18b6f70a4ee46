import { InvokeRequestSchema, isChannel, type Envelope, type InvokeRequest } from '../src/contract';
import { messageFor, type ErrorCode } from '../src/core/shared/errors';
import { isRendererUrl } from './security';

/**
 * The validating wrapper around `ipcMain.handle('qcd:invoke', …)`. Every call from a renderer
 * passes three checks before it reaches the backend: the sender is the top frame of our own
 * renderer page, the payload has the shape of an invoke request, and the channel is in the
 * contract. The preload checks the channel too, but the main process trusts no renderer.
 *
 * No Electron import at run time: tests drive this with fake events.
 */

/** The part of Electron's `IpcMainInvokeEvent` the checks read. */
export type InvokeEventLike = {
  readonly senderFrame: { readonly url: string; readonly parent: object | null } | null;
};

export type ForwardInvoke = (request: InvokeRequest) => Promise<Envelope>;

export type InvokeHandlerOptions = {
  /** The renderer's URL (file:// of out/renderer/index.html, or the dev server's). */
  rendererUrl: string;
  forward: ForwardInvoke;
  /** Told about every refused call: a refusal means a bug or an attack, and either deserves a log line. */
  onRefused?: (reason: RefusalReason, detail: string) => void;
};

export type RefusalReason = 'foreign-sender' | 'malformed-request' | 'unknown-channel';

export function failure(code: ErrorCode, message: string = messageFor(code)): Envelope {
  return { ok: false, error: { code, message } };
}

/**
 * True when the event comes from the top frame of our renderer. A destroyed or navigated-away
 * frame (`senderFrame` null) is refused too: its answer would go nowhere trustworthy.
 *
 * @example isTrustedSender({ senderFrame: { url: 'https://evil.example/', parent: null } }, rendererUrl) // false
 */
export function isTrustedSender(event: InvokeEventLike, rendererUrl: string): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isRendererUrl(frame.url, rendererUrl);
}

/**
 * Builds the listener for `ipcMain.handle('qcd:invoke', …)`. It always resolves with an envelope:
 * a refused call gets an error envelope, never a thrown exception (Electron would turn that into
 * an opaque Error in the renderer).
 */
export function createInvokeHandler(options: InvokeHandlerOptions) {
  const refuse = (reason: RefusalReason, detail: string, envelope: Envelope): Envelope => {
    options.onRefused?.(reason, detail);
    return envelope;
  };
  return async (event: InvokeEventLike, payload: unknown): Promise<Envelope> => {
    if (!isTrustedSender(event, options.rendererUrl)) {
      return refuse('foreign-sender', event.senderFrame?.url ?? '(no frame)', failure('E_FORBIDDEN', '调用来源不受信任'));
    }
    const parsed = InvokeRequestSchema.safeParse(payload);
    if (!parsed.success) {
      return refuse('malformed-request', parsed.error.message, failure('E_VALIDATION'));
    }
    if (!isChannel(parsed.data.channel)) {
      return refuse('unknown-channel', parsed.data.channel, failure('E_UNKNOWN_CHANNEL'));
    }
    return options.forward(parsed.data);
  };
}
