import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/qcd';
import { ERROR_CODES } from '../../src/core/shared/errors';
import { PASSWORD, tempDir } from '../helpers/workspace';
import { RUNS } from './runs';

const t = tempDir('qcd-hostile-cli-');
const pw = join(t.dir, 'pw');
writeFileSync(pw, `${PASSWORD}\n`);
let cases = 0;
afterAll(() => {
  t.cleanup();
  console.warn(`hostile CLI arguments: ${cases} cases`);
});

const WORDS = ['init', 'demo', 'stats', 'audit', 'verify', 'backup', 'restore', 'check-code', '--json', '--undo', '--help', '-h',
  '--workspace', '--password-file', '--user', '--enterprises', '--seed', '--out', '--bogus', '--', '-', 'admin', '0', '-1', '1e9', 'NaN',
  // The later commands: import and export, search, dossier, evaluation, keys and publications, trust, code tables.
  'template', 'import', 'export', 'search', 'dossier', 'evaluate', 'explain', 'keys', 'generate', 'list', 'publish', 'publication',
  'trust', 'add', 'codes', 'update', '--kind', 'enterprises', 'penalties', '--query', '--uscc', '--as-of', '2026-06-30', '--run',
  '--list', 'black', '--from', '--to', '--doc-no', '--passphrase-file', '--alg', 'ed25519', 'sm2', '--reject-invalid'];
const token = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12 }), fc.constantFrom('\u0000', '９１', '<b>', '../..', ''));

/**
 * Any argument list: the exit code is 0, 1 or 2, a JSON answer carries a stable code, and nothing
 * is thrown. Paths that would write (workspace, out, password file) are kept inside a temp folder.
 */
describe('qcd survives hostile arguments', () => {
  it('answers every argument list with 0, 1 or 2', async () => {
    const known = new Set<string>(ERROR_CODES);
    await fc.assert(fc.asyncProperty(fc.array(token, { maxLength: 7 }), fc.integer({ min: 0, max: 3 }), async (raw, ws) => {
      const argv = raw.map((a, i) => {
        const prev = raw[i - 1];
        if (prev === '--workspace') return join(t.dir, `ws${ws}`);
        if (prev === '--out') return join(t.dir, `out${ws}.sqlite`);
        if (prev === '--password-file' || prev === '--passphrase-file') return pw;
        if (prev === '--enterprises') return String(1 + (ws % 3));
        return a;
      });
      let out = '';
      const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { out += String(chunk); return true; });
      const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
      let code: number;
      try {
        code = await main(argv);
      } finally {
        stdout.mockRestore();
        stderr.mockRestore();
      }
      cases++;
      expect([0, 1, 2], argv.join(' ')).toContain(code);
      if (code === 1 && argv.includes('--json') && out.trim().startsWith('{')) {
        const j = JSON.parse(out) as { error?: { code: string } };
        if (j.error) expect(known.has(j.error.code), j.error.code).toBe(true);
      }
    }), { numRuns: RUNS });
  }, 600_000);
});
