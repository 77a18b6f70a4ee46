import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

/** Lints a snippet as if it were the given file, and returns the rules that fired. */
async function rulesFired(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, filePath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('folder boundaries are enforced by lint', () => {
  it.each([
    ['src/core/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;"],
    ['src/core/x.ts', "import Database from 'better-sqlite3';\nexport const a = Database;"],
    ['src/core/x.ts', "import { contract } from '../contract';\nexport const a = contract;"],
    ['src/contract/x.ts', "import { fail } from '../backend/failure';\nexport const a = fail;"],
    ['src/renderer/x.ts', "import { openBackend } from '../backend/backend';\nexport const a = openBackend;"],
    ['src/renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;"],
    ['src/renderer/x.ts', "import { join } from 'path';\nexport const a = join;"],
    ['src/renderer/x.ts', "import { sql } from 'drizzle-orm/sql';\nexport const a = sql;"],
    ['src/backend/x.ts', "import { Button } from 'antd';\nexport const a = Button;"],
    ['src/backend/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['src/cli/x.ts', "import { x } from '../renderer/y';\nexport const a = x;"],
    ['electron/x.ts', "import { x } from '../src/renderer/api/client';\nexport const a = x;"],
  ])('%s may not: %s', async (file, code) => {
    expect(await rulesFired(file, code)).toContain('no-restricted-imports');
  });

  it.each([
    ['src/core/x.ts', "import { z } from 'zod';\nexport const a = z;"],
    ['src/contract/x.ts', "import { checkUscc } from '../core/identifiers/uscc';\nexport const a = checkUscc;"],
    ['src/backend/x.ts', "import { readFileSync } from 'node:fs';\nimport Database from 'better-sqlite3';\nexport const a = [readFileSync, Database];"],
    ['src/renderer/x.ts', "import { contract } from '../contract';\nimport { Button } from 'antd';\nexport const a = [contract, Button];"],
  ])('%s may: %s', async (file, code) => {
    expect(await rulesFired(file, code)).not.toContain('no-restricted-imports');
  });
});
