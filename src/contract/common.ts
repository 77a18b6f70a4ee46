import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from '../core/shared/errors';

export const ErrorCodeSchema = z.enum(ERROR_CODES as [ErrorCode, ...ErrorCode[]]);

export const AppErrorSchema = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});

/** What crosses the process boundary for every call. */
export const EnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: AppErrorSchema }),
]);
export type Envelope = z.infer<typeof EnvelopeSchema>;

export const InvokeRequestSchema = z.object({
  requestId: z.string().min(1).max(64),
  channel: z.string().min(1).max(64),
  input: z.unknown(),
  session: z.string().max(128).nullable(),
});
export type InvokeRequest = z.infer<typeof InvokeRequestSchema>;

export const ProgressEventSchema = z.object({
  requestId: z.string(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  label: z.string().optional(),
});
export type ProgressEvent = z.infer<typeof ProgressEventSchema>;

/**
 * What the desktop shell's preload (or the browser host's bridge) puts on `window.api`.
 * The renderer sees only this; it cannot tell which of the two it runs in.
 */
export type Bridge = {
  invoke(request: InvokeRequest): Promise<Envelope>;
  onProgress(listener: (event: ProgressEvent) => void): () => void;
};

export const PageInputSchema = z.object({
  page: z.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(20),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}

export const IsoDateTimeSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?\+08:00$/);
