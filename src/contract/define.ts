import { z } from 'zod';
import type { ErrorCode } from '../core/shared/errors';

export const ROLES = ['officer', 'reviewer', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** Who may make a call: `public` needs no session; otherwise the roles allowed. */
export type Access = 'public' | readonly Role[];

export type CallContract<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType, C extends string = string> = {
  channel: C;
  summary: string;
  access: Access;
  input: I;
  output: O;
  /** The codes this call can fail with, besides the transport's own (validation, session, role). */
  errors: readonly ErrorCode[];
  /** True when the call reports progress and can be cancelled. */
  progress?: boolean;
  /** True when the call changes data: it runs in one transaction and writes an audit row. */
  mutates: boolean;
};

/**
 * Declares one call between the UI and the backend, once: the preload's allow-list, the
 * router's validation, the role check and the typed client are all derived from it.
 *
 * @example
 * export const getThing = defineCall({ channel: 'things:get', summary: '…', access: ['officer'],
 *   input: z.object({ id: z.number() }), output: ThingSchema, errors: ['E_NOT_FOUND'], mutates: false });
 */
export function defineCall<const C extends string, I extends z.ZodType, O extends z.ZodType>(
  c: CallContract<I, O, C>,
): CallContract<I, O, C> {
  return c;
}
