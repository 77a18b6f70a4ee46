import { messageFor, type ErrorCode, type Locale } from '../../core/shared/errors';
import type { AppError } from '../../core/shared/result';

/** A backend refusal (`ok: false`), carried as an exception through the typed client. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;

  constructor(error: AppError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.details = error.details ?? {};
  }

  /** The form field the backend blamed, if any (`draft.uscc` from an update counts as `uscc`). */
  get field(): string | null {
    const field = this.details['field'];
    return typeof field === 'string' ? field.replace(/^draft\./, '') : null;
  }
}

/**
 * What to show a person. The backend writes its messages in Chinese, often with specifics
 * (the expected check character); in English the generic English text comes first and the
 * specific Chinese one follows when it adds something.
 */
export function errorText(error: unknown, locale: Locale): string {
  if (error instanceof ApiError) {
    if (locale === 'zh') return error.message;
    const generic = messageFor(error.code, 'en');
    return error.message === messageFor(error.code, 'zh') ? generic : `${generic} (${error.message})`;
  }
  return error instanceof Error ? error.message : String(error);
}
