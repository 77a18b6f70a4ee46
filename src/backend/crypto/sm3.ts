/**
 * SM3 (GB/T 32905-2016) in JavaScript, fed chunk by chunk: Electron's BoringSSL has no SM3, and
 * sm-crypto's takes the whole message as an array of numbers — a gigabyte of JSONL would not fit.
 * Written from the standard's description; checked against its examples and against OpenSSL's
 * SM3 (node:crypto) on random data (test/backend/crypto/sm3.test.ts). Node's own is about five
 * times faster, so callers use this only where node:crypto has none.
 *
 * @example createSm3().update(Buffer.from('abc')).digest() // '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0'
 */

const IV = [0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e] as const;
const rotl = (x: number, n: number): number => (x << n) | (x >>> (32 - n));
const p0 = (x: number): number => x ^ rotl(x, 9) ^ rotl(x, 17);
const p1 = (x: number): number => x ^ rotl(x, 15) ^ rotl(x, 23);

/** T_j rotated left by j mod 32, as the compression function uses it. */
const T = Int32Array.from({ length: 64 }, (_, j) => rotl(j < 16 ? 0x79cc4519 : 0x7a879d8a, j % 32));

export type Sm3 = { update(bytes: Uint8Array): Sm3; digest(): string };

export function createSm3(): Sm3 {
  const v = Int32Array.from(IV);
  const w = new Int32Array(68);
  const block = new Uint8Array(64);
  let filled = 0;
  // The message length in bytes: a double holds it exactly up to 2^53, far beyond any file here.
  let length = 0;
  let done = false;

  function compress(b: Uint8Array, at: number): void {
    for (let j = 0; j < 16; j++) {
      const o = at + j * 4;
      w[j] = ((b[o] ?? 0) << 24) | ((b[o + 1] ?? 0) << 16) | ((b[o + 2] ?? 0) << 8) | (b[o + 3] ?? 0);
    }
    for (let j = 16; j < 68; j++) {
      const x = (w[j - 16] ?? 0) ^ (w[j - 9] ?? 0) ^ rotl(w[j - 3] ?? 0, 15);
      w[j] = p1(x) ^ rotl(w[j - 13] ?? 0, 7) ^ (w[j - 6] ?? 0);
    }
    let a = v[0] ?? 0, bb = v[1] ?? 0, c = v[2] ?? 0, d = v[3] ?? 0, e = v[4] ?? 0, f = v[5] ?? 0, g = v[6] ?? 0, h = v[7] ?? 0;
    for (let j = 0; j < 64; j++) {
      const a12 = rotl(a, 12);
      const ss1 = rotl((a12 + e + (T[j] ?? 0)) | 0, 7);
      const ss2 = ss1 ^ a12;
      const wj = w[j] ?? 0;
      const ff = j < 16 ? a ^ bb ^ c : (a & bb) | (a & c) | (bb & c);
      const gg = j < 16 ? e ^ f ^ g : (e & f) | (~e & g);
      const tt1 = (ff + d + ss2 + (wj ^ (w[j + 4] ?? 0))) | 0;
      const tt2 = (gg + h + ss1 + wj) | 0;
      d = c;
      c = rotl(bb, 9);
      bb = a;
      a = tt1;
      h = g;
      g = rotl(f, 19);
      f = e;
      e = p0(tt2);
    }
    v[0] = (v[0] ?? 0) ^ a; v[1] = (v[1] ?? 0) ^ bb; v[2] = (v[2] ?? 0) ^ c; v[3] = (v[3] ?? 0) ^ d;
    v[4] = (v[4] ?? 0) ^ e; v[5] = (v[5] ?? 0) ^ f; v[6] = (v[6] ?? 0) ^ g; v[7] = (v[7] ?? 0) ^ h;
  }

  const self: Sm3 = {
    update(bytes) {
      if (done) throw new Error('SM3: update after digest');
      length += bytes.length;
      let i = 0;
      if (filled > 0) {
        const take = Math.min(64 - filled, bytes.length);
        block.set(bytes.subarray(0, take), filled);
        filled += take;
        i = take;
        if (filled < 64) return self;
        compress(block, 0);
        filled = 0;
      }
      // Whole blocks straight from the caller's bytes, without copying them.
      for (; i + 64 <= bytes.length; i += 64) compress(bytes, i);
      if (i < bytes.length) {
        block.set(bytes.subarray(i), 0);
        filled = bytes.length - i;
      }
      return self;
    },
    digest() {
      if (done) throw new Error('SM3: digest twice');
      done = true;
      // Padding: a 1 bit, zeros to 56 bytes mod 64, the length in bits as 64 bits big-endian.
      const bits = length * 8;
      const tail = new Uint8Array(filled < 56 ? 64 : 128);
      tail.set(block.subarray(0, filled));
      tail[filled] = 0x80;
      const view = new DataView(tail.buffer);
      view.setUint32(tail.length - 8, Math.floor(bits / 2 ** 32));
      view.setUint32(tail.length - 4, bits >>> 0);
      for (let at = 0; at < tail.length; at += 64) compress(tail, at);
      return Array.from(v, (x) => (x >>> 0).toString(16).padStart(8, '0')).join('');
    },
  };
  return self;
}
