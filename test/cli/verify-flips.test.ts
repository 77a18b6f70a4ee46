import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyCommand } from '../../src/cli/commands/verify';
import { EXIT, type Out } from '../../src/cli/io';
import { spkiToPem } from '../../src/backend/packages/public-key';
import { ERROR_CODES } from '../../src/core/shared/errors';
import type { AppError } from '../../src/core/shared/result';
import { tempDir } from '../helpers/workspace';
import { pkg, signer } from '../backend/packages/fixtures';

const t = tempDir('qcd-verify-flips-');
afterAll(() => t.cleanup());
const known = new Set<string>(ERROR_CODES);

/** What `qcd verify --json` would print, kept instead of written to stdout. */
function capture(): Out & { errors: AppError[]; results: unknown[] } {
  const errors: AppError[] = [];
  const results: unknown[] = [];
  return { json: true, errors, results, result: (v) => results.push(v), progress: () => undefined, error: (e) => errors.push(e) };
}

/**
 * `qcd verify`'s own command (argument parsing, reading the file, the verdict and the exit code),
 * run in this process for every byte of a small package in turn: spawning a process per byte would
 * take minutes, while the spawned CLI is sampled in test/backend/packages/flips.test.ts.
 */
describe('qcd verify refuses every changed byte of a small signed package', () => {
  for (const alg of ['ed25519', 'sm2-sm3'] as const) {
    it(`${alg}: each byte xor 0xff, with the package's own key and with --trusted-key`, async () => {
      const s = signer(alg);
      const good = pkg({ signers: [s], files: [{ path: 'data/entries.jsonl', mediaType: 'application/jsonl', bytes: Buffer.from('{"id":"QL-1"}\n') }] });
      const file = join(t.dir, `${alg}.qcp`);
      const key = join(t.dir, `${alg}.pem`);
      writeFileSync(key, spkiToPem(s.spki));
      const modes = [['verify', file, '--json'], ['verify', file, '--trusted-key', key, '--json']];
      writeFileSync(file, good);
      for (const argv of modes) {
        const out = capture();
        expect(await verifyCommand(argv, out), JSON.stringify(out.errors)).toBe(EXIT.ok);
      }
      const codes = new Map<string, number>();
      for (let i = 0; i < good.length; i++) {
        const bad = Uint8Array.from(good);
        bad[i]! ^= 0xff;
        writeFileSync(file, bad);
        for (const argv of modes) {
          const out = capture();
          const exit = await verifyCommand(argv, out);
          expect(exit, `byte ${i} accepted (${argv.length > 3 ? 'trusted key' : 'embedded key'})`).toBe(EXIT.failed);
          expect(out.results).toEqual([]);
          const code = out.errors[0]?.code ?? '';
          expect(known.has(code), `byte ${i}: ${code}`).toBe(true);
          codes.set(code, (codes.get(code) ?? 0) + 1);
        }
      }
      console.warn(`qcd verify, ${alg}: ${good.length} bytes × 2 modes refused with ${JSON.stringify(Object.fromEntries(codes))}`);
    }, 240_000);
  }
});
