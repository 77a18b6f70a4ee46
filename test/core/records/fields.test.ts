import { describe, expect, it } from 'vitest';
import { isBefore, isRealDate, precisionOf, textList, WanYuan, PROSE_SEPARATORS } from '../../../src/core/records/fields';

describe('dates', () => {
  it('accepts only real calendar days', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2025-02-29')).toBe(false);
    expect(isRealDate('2025-04-31')).toBe(false);
    expect(isRealDate('2025-13-01')).toBe(false);
    expect(isRealDate('2025-3-18')).toBe(false);
    expect(isRealDate('2025/03/18')).toBe(false);
  });

  it('knows the precision a date is written in', () => {
    expect(precisionOf('2013-03-05')).toBe('day');
    expect(precisionOf('2013-03')).toBe('month');
    expect(precisionOf('2013')).toBe('year');
    expect(precisionOf('2013-13')).toBeNull();
    expect(precisionOf('2013-02-30')).toBeNull();
  });

  it('orders dates of different precision by their common part', () => {
    expect(isBefore('2025-03', '2025-03-18')).toBe(false);
    expect(isBefore('2025-03-18', '2025-03')).toBe(false);
    expect(isBefore('2025-02', '2025-03-18')).toBe(true);
    expect(isBefore('2024', '2025-01-01')).toBe(true);
  });
});

describe('amounts in 万元', () => {
  it.each(['0', '2.5', '0.35', '100', '123456789012.123456'])('accepts %s', (v) => {
    expect(WanYuan.safeParse(v).success).toBe(true);
  });
  it.each(['2.5万', '1,000', '02.5', '2.', '.5', '1.1234567', '-3', '1e3', ''])('refuses %s', (v) => {
    expect(WanYuan.safeParse(v).success).toBe(false);
  });
  it('refuses numbers: amounts are never floats', () => {
    expect(WanYuan.safeParse(2.5).success).toBe(false);
  });
});

describe('multi-valued text', () => {
  it('splits a joined string and drops blanks', () => {
    expect(textList().parse('罚款、没收违法所得， ')).toEqual(['罚款', '没收违法所得']);
    expect(textList().parse([' 警告 ', ''])).toEqual(['警告']);
  });
  it('keeps commas inside prose', () => {
    expect(textList(500, PROSE_SEPARATORS).parse('《产品质量法》第四十九条、第五十条；《某条例》第十条')).toEqual(['《产品质量法》第四十九条、第五十条', '《某条例》第十条']);
  });
});
