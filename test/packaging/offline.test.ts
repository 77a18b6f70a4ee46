import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Nothing is loaded from the internet: the built app names no remote resource and the Node side
 * has no network client. (At run time the CSP's `default-src 'self'` also refuses anything remote,
 * and every e2e spec fails on the console error a refusal would log.)
 */
const ROOT = resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const list = (dir: string) => readdirSync(join(ROOT, dir)).map((name) => join(dir, name));

describe('works fully offline', () => {
  it('the renderer page loads only its own files and data: URLs', () => {
    const html = read('out/renderer/index.html');
    const refs = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(refs.length).toBeGreaterThan(1);
    expect(refs.filter((r) => !r.startsWith('./') && !r.startsWith('data:'))).toEqual([]);
  });

  it('the stylesheets name no remote font, image or import', () => {
    const css = list('out/renderer/assets').filter((f) => f.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    for (const file of css) {
      const text = read(file);
      expect(text, file).not.toMatch(/@import/);
      const urls = [...text.matchAll(/url\(\s*["']?([^"')]+)/g)].map((m) => m[1] ?? '');
      expect(urls.filter((u) => /^[a-z][\w+.-]*:/i.test(u) && !u.startsWith('data:')), file).toEqual([]);
    }
  });

  it('the main process, backend, preload and CLI bundles have no network client', () => {
    const bundles = [...list('out/main').filter((f) => f.endsWith('.js')), ...list('out/main/chunks'), ...list('out/preload'), 'out/cli/qcd.mjs'];
    const network = /["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns)["']|\bfetch\(|\bnew WebSocket\(|\bnew EventSource\(/;
    expect(bundles.filter((f) => network.test(read(f)))).toEqual([]);
  });
});
