import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The shape of what electron-vite builds for the shell (run `npx electron-vite build` first):
 * the main process never loads the database, and the native addon is never bundled.
 */
const OUT_MAIN = fileURLToPath(new URL('../../out/main/', import.meta.url));

function read(file: string): string {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npx electron-vite build\` first`);
  return readFileSync(file, 'utf8');
}

/** The file and every local chunk it imports, transitively. */
function withChunks(entry: string): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    const source = read(file);
    files.set(file, source);
    for (const match of source.matchAll(/\bfrom\s+["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(path.resolve(path.dirname(file), match[1] ?? ''));
    }
  };
  visit(path.join(OUT_MAIN, entry));
  return files;
}

function bareImports(files: Map<string, string>): Set<string> {
  const found = new Set<string>();
  for (const source of files.values()) {
    for (const match of source.matchAll(/\b(?:from|import)\s*\(?\s*["']([^"'./][^"']*)["']/g)) found.add(match[1] ?? '');
  }
  return found;
}

describe('main build', () => {
  it('keeps the main process off the database: no better-sqlite3 or drizzle in index.js', () => {
    const imports = bareImports(withChunks('index.js'));
    expect(imports).toContain('electron');
    expect([...imports].filter((id) => /better-sqlite3|drizzle/.test(id))).toEqual([]);
  });

  it('builds the utilityProcess entry with better-sqlite3 external, not bundled', () => {
    const files = withChunks('backend.js');
    expect(bareImports(files)).toContain('better-sqlite3');
    for (const source of files.values()) {
      expect(source).not.toMatch(/node_modules[\\/]better-sqlite3/);
      // backend.js runs in a utilityProcess, which has no `electron` main-process API to import.
      expect(source).not.toMatch(/from\s+["']electron["']/);
    }
  });
});
