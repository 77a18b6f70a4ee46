import type { ErrorCode } from './errors';

/** A failure as a value: a stable code, a message for people, optional details for machines. */
export type AppError = {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
};

export type Ok<T> = { ok: true; value: T };
export type Err = { ok: false; error: AppError };
export type Result<T> = Ok<T> | Err;

/** @example ok(3) // { ok: true, value: 3 } */
export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });

/** @example err({ code: 'E_NOT_FOUND', message: '未找到' }) */
export const err = (error: AppError): Err => ({ ok: false, error });
