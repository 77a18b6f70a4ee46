import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resourcesDir } from '../../electron/paths';
import { SHIPPED_FONT } from '../../src/backend/pdf/font';

/**
 * The installer cannot be built here (no Electron binary), so what can be checked is checked:
 * every file the packaged app loads at run time is matched by the builder's file list, every
 * package it imports is a production dependency, and resources land where the app looks.
 */
const ROOT = resolve(import.meta.dirname, '../..');
type BuilderConfig = {
  files: string[];
  extraResources: { from: string; to: string; filter?: string[] }[];
  asarUnpack: string[];
  npmRebuild: boolean;
  win: { target: { target: string }[] };
  linux: { target: { target: string }[] };
};
const config = JSON.parse(readFileSync(join(ROOT, 'electron-builder.json'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; main: string };

function globToRegExp(glob: string): RegExp {
  const body = glob.split(/\*\*\/?/).map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('.*');
  return new RegExp(`^${body}$`);
}

/** electron-builder's rule: the last matching pattern wins; a leading ! excludes. */
function packaged(file: string, patterns: string[]): boolean {
  let included = false;
  for (const p of patterns) {
    const negate = p.startsWith('!');
    if (globToRegExp(negate ? p.slice(1) : p).test(file)) included = !negate;
  }
  return included;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [relative(ROOT, p)];
  });
}

/** Every file the main and backend bundles load, following relative imports. */
function runtimeGraph(entries: string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/(?:\bfrom\s+|\bimport\(\s*|\brequire\(\s*)["']([^"']+)["']/g)) {
      const spec = m[1] ?? '';
      if (spec.startsWith('.')) visit(relative(ROOT, resolve(ROOT, file, '..', spec)));
      else if (!spec.startsWith('node:') && spec !== 'electron') packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec));
    }
  };
  entries.forEach(visit);
  return { files, packages };
}

describe('installer configuration', () => {
  it('builds NSIS for Windows and deb + AppImage for Linux, rebuilding native modules for Electron', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.linux.target.map((t) => t.target).sort()).toEqual(['AppImage', 'deb']);
    expect(config.npmRebuild).toBe(true);
    expect(config.asarUnpack.some((p) => p.includes('better-sqlite3'))).toBe(true);
  });

  it('lists every file the packaged main, backend, preload and renderer load', () => {
    expect(existsSync(join(ROOT, pkg.main)), 'run npm run build first').toBe(true);
    const { files, packages } = runtimeGraph([pkg.main, 'out/main/backend.js']);
    const all = [...files, 'out/preload/index.cjs', ...filesUnder(join(ROOT, 'out/renderer'))];
    expect(all.filter((f) => !packaged(f, config.files))).toEqual([]);
    expect([...packages].filter((p) => !(p in pkg.dependencies))).toEqual([]);
  });

  it('never ships the browser host or the source maps', () => {
    expect(packaged('out/host/qcd-host.mjs', config.files)).toBe(false);
    expect(packaged('out/main/index.js.map', config.files)).toBe(false);
  });

  it('puts migrations and code tables where the packaged app looks for them', () => {
    const extra = config.extraResources.find((r) => r.from === 'resources');
    expect(extra?.to).toBe('resources');
    expect(resourcesDir({ isPackaged: true, resourcesPath: '/opt/qcd/resources', appPath: '', mainDir: '', userData: '' }))
      .toBe(join('/opt/qcd/resources', extra?.to ?? ''));
    const shipped = filesUnder(join(ROOT, 'resources')).map((f) => relative('resources', f));
    const needed = shipped.filter((f) => ['migrations/', 'codes/', 'calendars/', 'models/'].some((d) => f.startsWith(d)));
    expect(needed.length).toBeGreaterThan(3);
    expect(needed.filter((f) => !(extra?.filter ?? []).some((g) => globToRegExp(g).test(f)))).toEqual([]);
    expect(shipped.filter((f) => !needed.includes(f))).toEqual([]);
  });

  it('ships the announcement font from the npm package to where the packaged backend looks for it', () => {
    const font = config.extraResources.find((r) => r.to.endsWith('.ttf'));
    expect(font, 'a font in extraResources').toBeDefined();
    expect(existsSync(join(ROOT, font?.from ?? '')), font?.from).toBe(true);
    const resources = config.extraResources.find((r) => r.from === 'resources')?.to ?? '';
    expect(font?.to).toBe(join(resources, SHIPPED_FONT));
  });

  it('ships every folder the backend reads from the resources directory', () => {
    const read = new Set<string>([SHIPPED_FONT.split(/[\\/]/)[0] ?? '']);
    for (const file of filesUnder(join(ROOT, 'src/backend'))) {
      for (const m of readFileSync(join(ROOT, file), 'utf8').matchAll(/join\((?:\w+\.)?resourcesDir, '([\w-]+)'/g)) read.add(m[1] ?? '');
    }
    expect(read.size).toBeGreaterThan(4);
    const extra = config.extraResources.find((r) => r.from === 'resources');
    const shipped = new Set([...(extra?.filter ?? []).map((g) => g.split('/')[0]), ...config.extraResources.filter((r) => r !== extra).map((r) => relative(extra?.to ?? '', r.to).split(/[\\/]/)[0])]);
    expect([...read].filter((dir) => !shipped.has(dir))).toEqual([]);
  });
});
