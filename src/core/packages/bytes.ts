/**
 * Byte helpers without Node's Buffer or the DOM's TextEncoder: src/core compiles with
 * `lib: ES2022, types: []`, where neither exists.
 */

/** @example utf8Encode('质') // Uint8Array [232, 180, 168] */
export function utf8Encode(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

/**
 * Strict UTF-8: undefined for overlong forms, surrogates, truncated sequences: anything that is
 * not UTF-8. A lenient decoder would let two byte strings read as one text.
 *
 * @example utf8Decode(Uint8Array.of(0xc0, 0x80)) // undefined (overlong NUL)
 */
export function utf8Decode(bytes: Uint8Array): string | undefined {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0 || i + n >= bytes.length) return undefined;
    let c = n === 0 ? b : b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const cont = bytes[i + k] ?? 0;
      if ((cont & 0xc0) !== 0x80) return undefined;
      c = (c << 6) | (cont & 63);
    }
    const min = [0, 0x80, 0x800, 0x10000][n] ?? 0;
    if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return undefined;
    out += String.fromCodePoint(c);
    i += n + 1;
  }
  return out;
}

/** @example toHex(Uint8Array.of(1, 255)) // '01ff' */
export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

/** @example bytesEqual(Uint8Array.of(1), Uint8Array.of(1)) // true */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
