import { messageFor, type ErrorCode } from '../core/shared/errors';
import type { AppError } from '../core/shared/result';

/**
 * Thrown inside the backend to abort a call with a stable code. The router turns it into an
 * `{ok: false}` envelope and rolls back the call's transaction; it never reaches the UI as a throw.
 */
export class AppFailure extends Error {
  readonly error: AppError;
  constructor(code: ErrorCode, message?: string, details?: Record<string, unknown>) {
    const text = message ?? messageFor(code);
    super(`${code}: ${text}`);
    this.error = details === undefined ? { code, message: text } : { code, message: text, details };
  }
}

/** @example fail('E_NOT_FOUND') */
export function fail(code: ErrorCode, message?: string, details?: Record<string, unknown>): never {
  throw new AppFailure(code, message, details);
}
