import { expect } from 'vitest';
import type { ImportKindName } from '../../src/contract';
import { gtinCheckDigit } from '../../src/core/identifiers/gtin';
import { residentIdCheckChar } from '../../src/core/persons/id-number';
import { ERROR_CODES } from '../../src/core/shared/errors';
import type { TestBackend } from '../helpers/workspace';

/** A valid resident ID number, distinct for each n. */
export function residentId(n: number): string {
  const first17 = `43010219900307${String(n % 1000).padStart(3, '0')}`;
  return `${first17}${residentIdCheckChar(first17) ?? '0'}`;
}

/** A valid GTIN-13, distinct for each n. */
export function gtin13(n: number): string {
  const body = `690123456${String(n % 1000).padStart(3, '0')}`;
  return `${body}${gtinCheckDigit(body) ?? 0}`;
}

/** Tables an import would write to: a preview must leave every one of them as it was. */
const WATCHED = ['enterprises', 'persons', 'enterprise_persons', 'products', 'credit_records', 'import_batches', 'audit_log'];

export function footprint(b: TestBackend): number[] {
  return WATCHED.map((t) => b.ws.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number);
}

const KNOWN = new Set<string>(ERROR_CODES);
/** Generous: the slowest legitimate case here (a 20 MB cell) takes about a second. */
const ANSWER_MS = 30_000;

export type PreviewOutcome = { ok: true; rows: number; invalidRows: number[] } | { ok: false; code: string };

/**
 * Previews `bytes` and checks what every hostile case must satisfy: an answer (never a throw),
 * a stable non-internal code on refusal, a stable code on every problem of every invalid row,
 * nothing written and no transaction left open.
 */
export async function previewQuietly(b: TestBackend, session: string, kind: ImportKindName, fileName: string, bytes: Buffer): Promise<PreviewOutcome> {
  const before = footprint(b);
  const call = b.router.call({ requestId: 'hostile', channel: 'imports:preview', input: { kind, fileName, contentBase64: bytes.toString('base64') }, session });
  let timer: NodeJS.Timeout | undefined;
  // A reader waiting forever on a damaged file is as bad as a crash: name the file that did it.
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => { reject(new Error(`imports:preview did not answer within ${ANSWER_MS} ms: ${fileName} ${bytes.toString('base64').slice(0, 2000)}`)); }, ANSWER_MS);
  });
  const r = await Promise.race([call, hang]).finally(() => { clearTimeout(timer); });
  expect(footprint(b)).toEqual(before);
  expect(b.ws.db.inTransaction).toBe(false);
  if (!r.ok) {
    expect(KNOWN.has(r.error.code), r.error.code).toBe(true);
    expect(r.error.code, r.error.message).not.toBe('E_INTERNAL');
    expect(r.error.message.length).toBeGreaterThan(0);
    return { ok: false, code: r.error.code };
  }
  const v = r.value as { rows: number; invalidRows: number[]; problems: { row: number; errors: { code: string; message: string }[] }[] };
  const detailed = new Map(v.problems.map((p) => [p.row, p.errors]));
  for (const row of v.invalidRows.slice(0, v.problems.length)) {
    const errors = detailed.get(row) ?? [];
    expect(errors.length, `row ${row}`).toBeGreaterThan(0);
    for (const e of errors) {
      expect(KNOWN.has(e.code), e.code).toBe(true);
      expect(e.code).not.toBe('E_INTERNAL');
      expect(e.message.length).toBeGreaterThan(0);
    }
  }
  return { ok: true, rows: v.rows, invalidRows: v.invalidRows };
}

/** Tallies of what the suites saw, printed at the end like the other hostile suites. */
export class Tally {
  readonly counts = new Map<string, number>();
  add(what: string): void {
    this.counts.set(what, (this.counts.get(what) ?? 0) + 1);
  }
  total(): number {
    return [...this.counts.values()].reduce((a, n) => a + n, 0);
  }
  toString(): string {
    return [...this.counts].map(([k, n]) => `${k} ${n}`).join(', ');
  }
}
