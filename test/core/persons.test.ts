import { describe, expect, it } from 'vitest';
import { checkResidentId, maskIdNumber, residentIdCheckChar } from '../../src/core/persons/id-number';
import { validatePerson } from '../../src/core/persons/person';
import { validateAttributes, entityTypeFromUscc, usccAliases } from '../../src/core/enterprises/enterprise';

describe('resident ID (GB 11643)', () => {
  it('computes the check character, X included', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('43010219900307123')).toBe('4');
    expect(residentIdCheckChar('4301021990030712')).toBeNull();
  });

  it('normalises full-width digits, spaces and a lower-case x', () => {
    expect(checkResidentId(' １１０１０５ 19491231 002x ')).toEqual({ ok: true, code: '11010519491231002X', birthDate: '1949-12-31' });
  });

  it('says why a number is refused', () => {
    expect(checkResidentId('1101051949123100')).toMatchObject({ ok: false, reason: 'length' });
    expect(checkResidentId('1101051949123100AX')).toMatchObject({ ok: false, reason: 'characters' });
    expect(checkResidentId('110105194902300021')).toMatchObject({ ok: false, reason: 'birth-date' });
    expect(checkResidentId('110105194912310021')).toMatchObject({ ok: false, reason: 'check', expected: 'X' });
  });

  it('masks all but the first and last four characters, less for short numbers', () => {
    expect(maskIdNumber('43010219900307123X')).toBe('4301**********123X');
    expect(maskIdNumber('E1234567')).toBe('E1****67');
    expect(maskIdNumber('ABC')).toBe('***');
  });
});

describe('validatePerson', () => {
  it('accepts a valid resident ID, normalised, and no ID at all', () => {
    expect(validatePerson({ name: ' 张三 ', idType: '身份证', idNumber: '11010519491231002x' }))
      .toEqual({ ok: true, value: { name: '张三', idType: '身份证', idNumber: '11010519491231002X' } });
    expect(validatePerson({ name: '李四', idType: '身份证', idNumber: '' })).toMatchObject({ ok: true, value: { idNumber: null } });
  });

  it('refuses a wrong check character with a Chinese message naming the expected one', () => {
    const r = validatePerson({ name: '张三', idType: '身份证', idNumber: '110105194912310021' });
    expect(r).toMatchObject({ ok: false, error: { code: 'E_ID_NUMBER_INVALID', details: { field: 'idNumber', expected: 'X' } } });
    if (!r.ok) expect(r.error.message).toContain('第 18 位应为 X');
  });

  it('only normalises other documents', () => {
    expect(validatePerson({ name: 'A', idType: '护照', idNumber: 'e 1234567' })).toMatchObject({ ok: true, value: { idNumber: 'E1234567' } });
    expect(validatePerson({ name: 'A', idType: '护照', idNumber: '12*' })).toMatchObject({ ok: false, error: { code: 'E_ID_NUMBER_INVALID' } });
  });
});

describe('enterprise attributes', () => {
  it('derives the organization code only from a USCC that passes its check', () => {
    expect(usccAliases('91430100MA4L0B2X6T')).toEqual({ orgCode: 'MA4L0B2X6', registrationRegionCode: '430100' });
    expect(usccAliases('91350100M0001TGQXM').orgCode).toBeNull();
    expect(entityTypeFromUscc('92430111MA4Q12345F')).toBe('个体工商户');
    expect(entityTypeFromUscc('Y1430111MA4Q12345F')).toBeNull();
  });

  it('checks and normalises a 15-digit registration number', () => {
    expect(validateAttributes({ registrationNumber: '１１０１０５ ００００００１１５' }, '91430100MA4L0B2X6T'))
      .toMatchObject({ ok: true, value: { registrationNumber: '110105000000115', entityType: '企业', keyProduct: false } });
    const bad = validateAttributes({ registrationNumber: '110105000000116' }, '91430100MA4L0B2X6T');
    expect(bad).toMatchObject({ ok: false, error: { code: 'E_REGISTRATION_NUMBER_INVALID', details: { expected: 5 } } });
    if (!bad.ok) expect(bad.error.message).toContain('第 15 位应为 5');
    expect(validateAttributes({ registrationNumber: '12345' }, '91430100MA4L0B2X6T'))
      .toMatchObject({ ok: false, error: { code: 'E_REGISTRATION_NUMBER_INVALID', details: { reason: 'format' } } });
  });

  it('keeps stored values for fields an update leaves out, and clears them with null', () => {
    const previous = { orgCode: null, registrationRegionCode: null, registrationNumber: '110105000000115', entityType: '其他' as const, size: '小型' as const, chiefQualityOfficer: '王五', keyProduct: true };
    expect(validateAttributes({}, '91430100MA4L0B2X6T', previous)).toMatchObject({ ok: true, value: { ...previous, orgCode: 'MA4L0B2X6', registrationRegionCode: '430100' } });
    expect(validateAttributes({ size: null, chiefQualityOfficer: ' ', keyProduct: false }, '91430100MA4L0B2X6T', previous))
      .toMatchObject({ ok: true, value: { size: null, chiefQualityOfficer: null, keyProduct: false } });
  });
});
