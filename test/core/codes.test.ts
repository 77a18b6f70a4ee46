import { describe, expect, it } from 'vitest';
import { classifyCode } from '../../src/core/identifiers/classify';
import { gtinCheckDigit, isValidGtin } from '../../src/core/identifiers/gtin';
import { isValidRegistrationNumber, registrationCheckDigit } from '../../src/core/identifiers/registration-number';

describe('GTIN', () => {
  it('matches the GS1 worked example 629104150021 → 3', () => {
    expect(gtinCheckDigit('629104150021')).toBe(3);
    expect(isValidGtin('6291041500213')).toBe(true);
    expect(isValidGtin('6291041500214')).toBe(false);
  });
  it('takes GTIN-8, -12, -13 and -14 and nothing else', () => {
    expect(classifyCode('96385074').kind).toBe('gtin-8');
    expect(classifyCode('06291041500213').kind).toBe('gtin-14');
    expect(classifyCode('06291041500213').valid).toBe(true);
  });
});

describe('15-digit registration number (ISO 7064 MOD 11,10)', () => {
  it('detects every single-digit error', () => {
    const good = `33010600000000${registrationCheckDigit('33010600000000')}`;
    expect(isValidRegistrationNumber(good)).toBe(true);
    for (let i = 0; i < 15; i++) {
      const d = (Number(good[i]) + 1) % 10;
      expect(isValidRegistrationNumber(good.slice(0, i) + d + good.slice(i + 1))).toBe(false);
    }
  });
});

describe('classifyCode', () => {
  it.each([
    ['91350200776049653A', 'uscc', true],
    ['91350100M0001TGQXM', 'uscc', false],
    ['00251809-X', 'org-code', true],
    ['00251809-1', 'org-code', false],
    ['hello', 'unknown', false],
  ] as const)('%s is %s, valid=%s', (code, kind, valid) => {
    expect(classifyCode(code)).toMatchObject({ kind, valid });
  });
  it('says which character a code should end in', () => {
    expect(classifyCode('00251809-1').reason).toContain('应为 X');
    expect(classifyCode('91350100M0001TGQXM')).toMatchObject({ defect: 'check', parts: { regionCode: '350100' } });
    expect(classifyCode('9135010OM0001TGQXM')).toMatchObject({ kind: 'uscc', defect: 'format' });
  });
});
