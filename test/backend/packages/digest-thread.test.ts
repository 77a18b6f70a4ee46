import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { threadDigests } from '../../../src/backend/packages/digest-thread';
import { streamDigests } from '../../../src/backend/services/exchange/in/zip-lazy';

const direct = (b: Buffer) => ({ sha256: createHash('sha256').update(b).digest('hex'), sm3: createHash('sm3').update(b).digest('hex') });

describe('digests on a thread', () => {
  it('hash exactly the bytes sent: views of larger buffers, chunks of every size, buffers reused', async () => {
    const whole = randomBytes(5 * 1024 * 1024 + 77);
    const d = threadDigests();
    const sizes = [0, 1, 4096, 1024 * 1024, 2 * 1024 * 1024 + 3, 333];
    let at = 0;
    for (let i = 0; at < whole.length; i++) {
      const size = sizes[i % sizes.length] as number;
      // A view into the middle of the whole: the thread must see these bytes, not its buffer.
      d.update(whole.subarray(at, at + size));
      at += size;
      if (i % 3 === 0) await new Promise((r) => setImmediate(r));
    }
    expect(await d.digest()).toEqual(direct(whole));
  });

  it('streamDigests gives the same as hashing the whole', async () => {
    const whole = randomBytes(3 * 1024 * 1024);
    const d = streamDigests();
    for (let i = 0; i < whole.length; i += 100_000) d.update(whole.subarray(i, i + 100_000));
    expect(await d.digest()).toEqual(direct(whole));
  });

  it('can be dropped unasked, leaving nothing running and no rejection behind', async () => {
    const d = threadDigests();
    d.update(Buffer.from('abc'));
    d.close();
    await new Promise((r) => setTimeout(r, 50));
  });
});
