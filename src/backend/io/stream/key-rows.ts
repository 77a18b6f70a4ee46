import { createHash } from 'node:crypto';

/** Keys longer than this (in UTF-8 bytes) are kept as their SHA-1 digest: 20 bytes instead of a long document number. */
const LONG_KEY_BYTES = 40;

/** FNV-1a over bytes: spreads keys over the table; equality is always decided on the bytes themselves. */
function fnv1a(bytes: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ (bytes[i] ?? 0), 0x01000193);
  return h >>> 0;
}

/**
 * The first row each key was seen on, for finding duplicates within a file. A million keys in a
 * JavaScript Map cost well over 100 MB of garbage-collected heap (and keep V8's heap large for
 * the rest of the pass); here they live in a few typed arrays outside it — about 40 MB for a
 * million 18-character codes — and equality is exact (on the key's bytes, or its SHA-1 when long).
 *
 * @example const seen = new KeyRows(); seen.firstRow('9143…', 2) // undefined, then 2 for the same key
 */
export class KeyRows {
  private slots = new Int32Array(1 << 12).fill(-1);
  private hashes = new Uint32Array(1 << 11);
  private starts = new Uint32Array(1 << 11);
  private rows = new Int32Array(1 << 11);
  private arena = Buffer.alloc(1 << 16);
  private used = 0;
  private count = 0;
  /** Encodes short keys without allocating a buffer per row (3 bytes a character at most). */
  private readonly scratch = Buffer.alloc(3 * LONG_KEY_BYTES);

  /** The row the key was first seen on; otherwise records `row` for it and answers undefined. */
  firstRow(key: string, row: number): number | undefined {
    let bytes: Uint8Array;
    if (key.length <= LONG_KEY_BYTES) {
      bytes = this.scratch.subarray(0, this.scratch.write(key, 'utf8'));
      if (bytes.length > LONG_KEY_BYTES) bytes = createHash('sha1').update(bytes).digest();
    } else {
      bytes = createHash('sha1').update(key, 'utf8').digest();
    }
    const hash = fnv1a(bytes, 0, bytes.length);
    const mask = this.slots.length - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const entry = this.slots[s] ?? -1;
      if (entry < 0) {
        this.add(s, hash, bytes, row);
        return undefined;
      }
      if (this.hashes[entry] === hash && this.equals(entry, bytes)) return this.rows[entry];
    }
  }

  private equals(entry: number, bytes: Uint8Array): boolean {
    const start = this.starts[entry] ?? 0;
    const end = entry + 1 < this.count ? (this.starts[entry + 1] ?? 0) : this.used;
    return end - start === bytes.length && this.arena.compare(bytes, 0, bytes.length, start, end) === 0;
  }

  private add(slot: number, hash: number, bytes: Uint8Array, row: number): void {
    const entry = this.count++;
    if (entry >= this.rows.length) this.growEntries();
    if (this.used + bytes.length > this.arena.length) {
      const bigger = Buffer.alloc(Math.max(this.arena.length * 2, this.used + bytes.length));
      this.arena.copy(bigger, 0, 0, this.used);
      this.arena = bigger;
    }
    this.arena.set(bytes, this.used);
    this.hashes[entry] = hash;
    this.starts[entry] = this.used;
    this.rows[entry] = row;
    this.used += bytes.length;
    this.slots[slot] = entry;
    // Kept at most half full, so that probes stay short.
    if (this.count * 2 > this.slots.length) this.rehash();
  }

  private growEntries(): void {
    const grow = <A extends Int32Array | Uint32Array>(a: A, make: (n: number) => A): A => {
      const b = make(a.length * 2);
      b.set(a);
      return b;
    };
    this.hashes = grow(this.hashes, (n) => new Uint32Array(n));
    this.starts = grow(this.starts, (n) => new Uint32Array(n));
    this.rows = grow(this.rows, (n) => new Int32Array(n));
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.count; entry++) {
      let s = (this.hashes[entry] ?? 0) & mask;
      while ((slots[s] ?? -1) >= 0) s = (s + 1) & mask;
      slots[s] = entry;
    }
    this.slots = slots;
  }
}
