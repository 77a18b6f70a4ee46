import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { messageFor, type ErrorCode } from '../core/shared/errors';
import type { AppError } from '../core/shared/result';
import type { Backend } from '../backend/backend';
import type { Channel, InputOf, OutputOf, ProgressEvent } from '../contract';
import { AppFailure, fail } from '../backend/failure';

/** Exit codes: 0 success, 1 failed operation or invalid input, 2 usage error. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export class UsageError extends Error {}

export type Out = {
  json: boolean;
  /** The final result: one JSON document with --json, readable Chinese text otherwise. */
  result(value: unknown, text: string): void;
  progress(event: ProgressEvent): void;
  error(error: AppError): void;
};

export function createOut(json: boolean): Out {
  let lastPct = -1;
  return {
    json,
    result: (value, text) => process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`),
    progress: (e) => {
      if (json || e.total === 0) return;
      const pct = Math.floor((e.done / e.total) * 100);
      if (pct !== lastPct && (pct % 10 === 0 || pct === 100)) process.stderr.write(`${e.label ?? '进度'}：${pct}%（${e.done}/${e.total}）\n`);
      lastPct = pct;
    },
    error: (error) => {
      if (json) process.stdout.write(`${JSON.stringify({ ok: false, error }, null, 2)}\n`);
      else process.stderr.write(`错误 ${error.code}：${error.message}\n`);
    },
  };
}

/** Calls the router like the app does; an error envelope becomes an AppFailure. */
export async function call<K extends Channel>(
  backend: Backend, channel: K, input: InputOf<K>, session: string | null, out?: Out,
): Promise<OutputOf<K>> {
  const envelope = await backend.router.call({ requestId: randomUUID(), channel, input, session }, out?.progress);
  if (!envelope.ok) throw new AppFailure(envelope.error.code, envelope.error.message, envelope.error.details);
  return envelope.value as OutputOf<K>;
}

/** Reads a password from a file: the first line, so a trailing newline from `echo` is harmless. */
export function readPasswordFile(path: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return fail('E_VALIDATION', `无法读取密码文件 ${path}：${e instanceof Error ? e.message : String(e)}`);
  }
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  if (!first) fail('E_VALIDATION', `密码文件 ${path} 为空`);
  return first;
}

export function failureOf(code: ErrorCode, message?: string): AppError {
  return { code, message: message ?? messageFor(code) };
}
