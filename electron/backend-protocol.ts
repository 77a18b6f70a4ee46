import { z } from 'zod';
import { AppErrorSchema, EnvelopeSchema, InvokeRequestSchema, ProgressEventSchema } from '../src/contract';
import type { BackendInMessage, BackendOutMessage, BackendStartOptions } from '../src/backend/port/messages';

/**
 * What crosses the boundary between the main process and the backend's utilityProcess.
 * The backend's own messages are defined in src/backend/port/messages.ts; the only addition is
 * the first message, which carries the start options (paths may hold spaces and Chinese
 * characters, which a message carries intact where argv quoting is platform-dependent).
 */
export type StartMessage = { type: 'start'; options: BackendStartOptions };

export type HostToBackendMessage = StartMessage | BackendInMessage;

const StartMessageSchema = z.object({
  type: z.literal('start'),
  options: z.object({ workspace: z.string().min(1), resourcesDir: z.string().min(1), appVersion: z.string() }),
});

const InvokeMessageSchema = z.object({ type: z.literal('invoke'), request: InvokeRequestSchema });

// Checked with zod although the backend is our own code: a malformed message must become a
// visible error, not an undefined read in the renderer. `value` stays `unknown`, so this is cheap.
const OutMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), workspace: z.string() }),
  z.object({ type: z.literal('fatal'), error: AppErrorSchema }),
  z.object({ type: z.literal('result'), requestId: z.string(), envelope: EnvelopeSchema }),
  z.object({ type: z.literal('progress'), event: ProgressEventSchema }),
]);

export function parseStartMessage(data: unknown): StartMessage | null {
  const parsed = StartMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

export function parseInvokeMessage(data: unknown): BackendInMessage | null {
  const parsed = InvokeMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

export function parseOutMessage(data: unknown): BackendOutMessage | null {
  const parsed = OutMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
