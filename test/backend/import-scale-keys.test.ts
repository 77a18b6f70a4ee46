import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyRows } from '../../src/backend/io/stream/key-rows';

describe('KeyRows: duplicates within a file, outside the JavaScript heap', () => {
  it('answers exactly as a Map of first rows would, for short, Chinese and long keys', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.string({ minLength: 30, maxLength: 120, unit: 'grapheme' })), { maxLength: 400 }), (keys) => {
      const rows = new KeyRows();
      const map = new Map<string, number>();
      keys.forEach((key, row) => {
        expect(rows.firstRow(key, row)).toBe(map.get(key));
        if (!map.has(key)) map.set(key, row);
      });
    }));
  });

  it('keeps 200,000 distinct codes and finds each again', () => {
    const rows = new KeyRows();
    for (let i = 0; i < 200_000; i++) expect(rows.firstRow(`9143${String(i).padStart(14, '0')}`, i + 2)).toBeUndefined();
    for (let i = 0; i < 200_000; i += 997) expect(rows.firstRow(`9143${String(i).padStart(14, '0')}`, 0)).toBe(i + 2);
    expect(rows.firstRow('长市监处罚〔2025〕12号'.repeat(5), 1)).toBeUndefined();
    expect(rows.firstRow('长市监处罚〔2025〕12号'.repeat(5), 9)).toBe(1);
  });
});
