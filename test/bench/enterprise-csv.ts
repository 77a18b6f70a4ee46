import { closeSync, openSync, writeSync } from 'node:fs';
import { loadCodeTables } from '../../src/backend/codes';
import { enterpriseKind } from '../../src/backend/io/kinds/enterprises';
import { demoEnterpriseGenerator } from '../../src/core/demo/enterprises';
import type { EnterpriseFields } from '../../src/core/enterprises/enterprise';

const NEEDS_QUOTES = /[",\r\n]/;
const field = (v: string): string => (NEEDS_QUOTES.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The rows the bench imports: demo firms of their own seed, so they never clash with the demo workspace's. */
export function benchEnterprises(seed: string, resourcesDir: string): (i: number) => EnterpriseFields {
  return demoEnterpriseGenerator({ seed: `import-${seed}`, regions: loadCodeTables(resourcesDir).demoRegions('43') });
}

/**
 * Writes `n` enterprises as the import template's CSV (UTF-8 with BOM, CRLF), streamed to disk
 * so that writing a million rows needs no more memory than one block of them.
 */
export function writeEnterpriseCsv(path: string, n: number, generate: (i: number) => EnterpriseFields): number {
  const fd = openSync(path, 'w');
  let bytes = 0;
  try {
    const write = (text: string) => { bytes += writeSync(fd, text); };
    write(`\uFEFF${enterpriseKind.columns.map((c) => field(c.header)).join(',')}\r\n`);
    let block: string[] = [];
    for (let i = 0; i < n; i++) {
      block.push(`${enterpriseKind.toCells(generate(i)).map(field).join(',')}\r\n`);
      if (block.length === 10_000) { write(block.join('')); block = []; }
    }
    write(block.join(''));
  } finally {
    closeSync(fd);
  }
  return bytes;
}
