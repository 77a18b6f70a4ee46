import { describe, expect, it } from 'vitest';
import { checkUscc, usccCheckChar } from '../../src/core/identifiers/uscc';
import { isValidOrgCode, orgCodeCheckChar } from '../../src/core/identifiers/org-code';
import { normaliseCode } from '../../src/core/identifiers/normalise';

describe('USCC (GB 32100-2015)', () => {
  it.each(['91350200776049653A', '91440101MA5CJQ4N59'])('accepts the real code %s', (code) => {
    expect(checkUscc(code)).toMatchObject({ kind: 'valid', code });
  });

  it('computes the check character', () => {
    expect(usccCheckChar('91350200776049653')).toBe('A');
    expect(usccCheckChar('91440101MA5CJQ4N5')).toBe('9');
  });

  it('flags, but does not call malformed, a legal early pilot code that fails the check', () => {
    expect(checkUscc('91350100M0001TGQXM')).toMatchObject({ kind: 'check-mismatch', regionCode: '350100' });
  });

  it('normalises full-width, lower case and spaces instead of rejecting them', () => {
    expect(checkUscc(' ９１３５０２００７７６０４９６５３ａ ')).toMatchObject({ kind: 'valid', code: '91350200776049653A' });
    expect(checkUscc('9135 0200 7760 4965 3a').kind).toBe('valid');
  });

  it('says why a malformed code is malformed', () => {
    expect(checkUscc('9135020077604965')).toMatchObject({ kind: 'malformed', reason: 'length' });
    expect(checkUscc('91350200776049653I')).toMatchObject({ kind: 'malformed', reason: 'alphabet' });
  });

  it('detects every single-character substitution', () => {
    const good = '91350200776049653A';
    for (let i = 0; i < 18; i++) {
      const other = good[i] === '1' ? '2' : '1';
      expect(checkUscc(good.slice(0, i) + other + good.slice(i + 1)).kind).not.toBe('valid');
    }
  });
});

describe('organization code (GB 11714-1997)', () => {
  it.each([['00251805', '7'], ['00251808', '1'], ['00251809', 'X']])('%s has check %s', (body, check) => {
    expect(orgCodeCheckChar(body)).toBe(check);
    expect(isValidOrgCode(body + check)).toBe(true);
  });

  it('is embedded in a valid USCC', () => {
    expect(checkUscc('91350200776049653A')).toMatchObject({ orgCode: '776049653', orgCodeValid: true });
  });

  it('normalises the displayed hyphen', () => {
    expect(isValidOrgCode(normaliseCode('00251805-7'))).toBe(true);
  });
});
