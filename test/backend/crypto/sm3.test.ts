import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSm3 } from '../../../src/backend/crypto/sm3';

const js = (bytes: Uint8Array): string => createSm3().update(bytes).digest();
const openssl = (bytes: Uint8Array): string => createHash('sm3').update(bytes).digest('hex');

describe('SM3 in JavaScript (for runtimes without a native SM3)', () => {
  it('gives the standard\'s examples (GB/T 32905-2016 A.1, A.2; formats.md)', () => {
    expect(js(Buffer.from('abc'))).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(js(Buffer.from('abcd'.repeat(16)))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
  });

  it('equals OpenSSL\'s SM3 at every length around the block and padding edges, and on random data', () => {
    for (let n = 0; n <= 200; n++) {
      const bytes = randomBytes(n);
      expect(js(bytes), `length ${n}`).toBe(openssl(bytes));
    }
    const big = randomBytes(3 * 1024 * 1024 + 17);
    expect(js(big)).toBe(openssl(big));
  });

  it('does not depend on how the message is cut into chunks', () => {
    const bytes = randomBytes(10_000);
    for (const seed of [1, 7, 63, 64, 65, 999]) {
      const h = createSm3();
      for (let at = 0; at < bytes.length;) {
        const size = ((at * 31 + seed) % 257) + (seed % 3 === 0 ? 0 : 1);
        h.update(bytes.subarray(at, at + size));
        at += size;
      }
      expect(h.digest(), `cut ${seed}`).toBe(openssl(bytes));
    }
  });
});
