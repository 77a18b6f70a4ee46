import type { ErrorCode } from '../../core/shared/errors';
import { ApiError } from '../api/api-error';

/** When the backend names no field, the error code alone says which field is wrong. */
const FIELD_BY_CODE: Partial<Record<ErrorCode, string>> = {
  E_USCC_FORMAT: 'uscc',
  E_USCC_CHECK: 'uscc',
  E_USCC_DUPLICATE: 'uscc',
  E_REGION_UNKNOWN: 'regionCode',
  E_INDUSTRY_UNKNOWN: 'industryCode',
  E_USERNAME_TAKEN: 'username',
  E_PASSWORD_WEAK: 'password',
  E_GTIN_INVALID: 'gtin',
};

/**
 * The form field a backend error belongs to, if it is one of `fields`; otherwise null and the
 * form shows the error above its buttons instead.
 */
export function blamedField<F extends string>(error: unknown, fields: readonly F[]): F | null {
  if (!(error instanceof ApiError)) return null;
  const field = error.field ?? FIELD_BY_CODE[error.code] ?? null;
  return fields.find((f) => f === field) ?? null;
}
