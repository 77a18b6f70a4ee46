import fc from 'fast-check';
import { readPackageZip } from '../../src/backend/packages/zip-read';
import { writePackageZip } from '../../src/backend/packages/zip-write';

/**
 * Mutations of a valid package: truncation, random bytes, overwritten spans, inserted bytes, and
 * re-zipped sets of its members (some dropped, others added under `names` or any name, maybe in
 * reverse order). `memberBytes` gives the added members' content.
 */
export function packageMutations(good: Uint8Array, names: readonly string[], memberBytes: fc.Arbitrary<Uint8Array> = fc.uint8Array({ maxLength: 64 })): fc.Arbitrary<Uint8Array> {
  const read = readPackageZip(good);
  if (!read.ok) throw new Error(`the seed package does not open: ${read.error.code}`);
  const entries = read.value;
  return fc.oneof(
    fc.nat().map((n) => good.subarray(0, n % (good.length + 1))),
    fc.uint8Array({ maxLength: 2048 }),
    fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 16 })).map(([at, junk]) => {
      const bytes = Uint8Array.from(good);
      bytes.set(junk.subarray(0, Math.max(0, bytes.length - (at % bytes.length))), at % bytes.length);
      return bytes;
    }),
    fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([at, junk]) => {
      const i = at % good.length;
      return Uint8Array.from([...good.subarray(0, i), ...junk, ...good.subarray(i)]);
    }),
    fc.tuple(
      fc.subarray(entries.map((_, i) => i)),
      fc.array(fc.record({ path: fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 20 })), bytes: memberBytes, store: fc.boolean() }), { maxLength: 3 }),
      fc.boolean(),
    ).map(([keep, extra, shuffle]) => {
      const kept = keep.map((i) => entries[i]!).map((e) => ({ path: e.path, bytes: e.bytes, store: e.stored }));
      const all = [...kept, ...extra];
      return writePackageZip(shuffle ? all.reverse() : all);
    }),
  );
}
