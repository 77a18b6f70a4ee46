import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/core/shared/canonical-json';
import { toBeijingIso } from '../../src/core/shared/time';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x'], c: null }, u: undefined })).toBe('{"a":{"c":null,"d":[1,"x"]},"b":1}');
  });
  it('keeps Chinese text as UTF-8, not escapes', () => {
    expect(canonicalJson({ 名称: '长沙' })).toBe('{"名称":"长沙"}');
  });
  it('refuses numbers JSON cannot carry', () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow();
  });
});

describe('Beijing time', () => {
  it('writes times with the +08:00 offset whatever the machine zone', () => {
    expect(toBeijingIso(new Date('2026-12-31T17:30:00Z'))).toBe('2027-01-01T01:30:00.000+08:00');
  });
});
