import { messageFor, type ErrorCode } from '../shared/errors';
import { err, type Err } from '../shared/result';

/**
 * A refusal with its stable code, the Chinese explanation, and machine details (which file,
 * which check) for the report and the audit log.
 *
 * @example refuse('E_FILE_MISSING', { path: 'data/entries.jsonl' })
 */
export function refuse(code: ErrorCode, details?: Record<string, unknown>, extra?: string): Err {
  const message = extra ? `${messageFor(code)}：${extra}` : messageFor(code);
  return err(details === undefined ? { code, message } : { code, message, details });
}
