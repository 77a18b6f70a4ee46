import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ERROR_MESSAGES } from '../../src/core/shared/errors';
import { en } from '../../src/renderer/i18n/en';
import { makeTranslator } from '../../src/renderer/i18n/translate';
import { zh } from '../../src/renderer/i18n/zh';
import { formatBytes, formatLocaleDateTime } from '../../src/renderer/lib/format';

const CJK = /[\u3400-\u9fff]/;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** English strings that must show Chinese: examples of values an officer types in Chinese. */
const CHINESE_IN_ENGLISH = new Set(['product.categoryHint', 'pub.docNoHelp']);

/**
 * Chinese outside the dictionaries, each for a reason: a language's own name, a bilingual table,
 * parsing of Chinese data, and a developer detail that follows the localized message.
 */
const ALLOWED_LITERALS: Record<string, RegExp> = {
  'components/LanguageSwitch.tsx': /'中文'/,
  'lib/import-kinds.ts': /zh: '[^']+', en: '/,
  'lib/grades.ts': /lastIndexOf\('[省区]'\)/,
  'components/dossier/DossierStanding.tsx': /\/black\|黑\/|\/red\|红\//,
  'api/client.ts': /messageFor\('E_INTERNAL'\)/,
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'i18n' ? [] : sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('two languages', () => {
  it('both dictionaries have the same keys and the same placeholders, and no empty text', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, text] of Object.entries(zh)) {
      const english = en[key as keyof typeof zh];
      expect(placeholders(english), key).toEqual(placeholders(text));
      expect(text.trim(), key).not.toBe('');
      expect(english.trim(), key).not.toBe('');
    }
  });

  it('the English dictionary is English (Chinese only in examples of typed values)', () => {
    const chinese = Object.entries(en).filter(([key, text]) => CJK.test(text) && !CHINESE_IN_ENGLISH.has(key)).map(([key]) => key);
    expect(chinese).toEqual([]);
  });

  it('every error code has a Chinese and an English message', () => {
    for (const code of ERROR_CODES) {
      const m = ERROR_MESSAGES[code];
      expect(CJK.test(m.zh), code).toBe(true);
      expect(m.en.trim(), code).not.toBe('');
      expect(CJK.test(m.en), code).toBe(false);
    }
  });

  it('no Chinese string in the renderer outside the dictionaries, except the reasoned few', () => {
    const root = join(import.meta.dirname, '../../src/renderer');
    const found: string[] = [];
    for (const file of sources(root)) {
      const name = relative(root, file);
      // Comments may be in any language: drop block and line comments (not `//` inside a string, which the renderer never needs).
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
      code.split('\n').forEach((line, i) => {
        if (CJK.test(line) && !ALLOWED_LITERALS[name]?.test(line)) found.push(`${name}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('numbers and dates are written the way each language writes them', () => {
    expect(makeTranslator('zh')('ent.total', { count: 12000 })).toBe('共 12,000 家企业');
    expect(makeTranslator('en')('ent.total', { count: 12000 })).toMatch(/12,000/);
    const at = '2026-11-28T10:30:12.000+08:00';
    expect(formatLocaleDateTime(at, 'zh')).toBe('2026年11月28日 10:30:12');
    expect(formatLocaleDateTime(at, 'en')).toBe('Nov 28, 2026, 10:30:12 AM');
    expect(formatBytes(12_897_484, 'en')).toBe('12.3 MB');
  });
});
