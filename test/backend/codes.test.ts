import { describe, expect, it } from 'vitest';
import { loadCodeTables } from '../../src/backend/codes';
import { RESOURCES } from '../helpers/workspace';

const codes = loadCodeTables(RESOURCES);

describe('shipped code tables', () => {
  it('hold every county-level region, each under an existing parent', () => {
    expect(codes.regions.length).toBeGreaterThan(3000);
    const byCode = new Map(codes.regions.map((r) => [r.code, r]));
    expect(codes.regions.filter((r) => r.parent !== null && !byCode.has(r.parent))).toEqual([]);
    expect(codes.regions.filter((r) => r.level === 1)).toHaveLength(31);
    expect(codes.regions.filter((r) => r.level === 2 && r.parent === '430000' && !r.placeholder)).toHaveLength(14);
  });

  it('names a place from the province down, without grouping rows', () => {
    expect(codes.regionFullName('430104')).toBe('湖南省长沙市岳麓区');
    expect(codes.regionFullName('110101')).toBe('北京市东城区');
    expect(codes.regionFullName('350200')).toBe('福建省厦门市');
  });

  it('keeps replaced codes, because a USCC embeds the code of its issue date', () => {
    expect(codes.hasRegion('430124')).toBe(true);
    expect(codes.regions.find((r) => r.code === '430124')).toMatchObject({ validTo: '2017-04-10', successor: '430182' });
    expect(codes.demoRegions('43').some((r) => r.code === '430124')).toBe(false);
  });

  it('holds the GB/T 4754-2017 sections and manufacturing divisions', () => {
    expect(codes.industries.filter((r) => r.level === 1)).toHaveLength(20);
    expect(codes.industryName('C39')).toBe('计算机、通信和其他电子设备制造业');
  });

  it('holds all 97 divisions, and takes a class code at its division until a full table is loaded', () => {
    const divisions = codes.industries.filter((r) => r.level === 2).map((r) => Number(r.code.slice(1)));
    expect(divisions).toEqual(Array.from({ length: 97 }, (_, i) => i + 1));
    expect(codes.hasIndustry('C3851')).toBe(true);
    expect(codes.industryName('C3851')).toBe('电气机械和器材制造业');
    expect(codes.hasIndustry('C9951')).toBe(false);
    expect(codes.hasIndustry('D3851')).toBe(false);
    const full = JSON.stringify({
      standard: 'GB/T 4754-2017', entries: [
        { code: 'C', name: '制造业', level: 1, parent: null }, { code: 'C38', name: '电气机械和器材制造业', level: 2, parent: 'C' },
        { code: 'C385', name: '家用电力器具制造', level: 3, parent: 'C38' }, { code: 'C3851', name: '家用制冷电器具制造', level: 4, parent: 'C385' },
      ],
    });
    const detailed = loadCodeTables(RESOURCES, { industries: full });
    expect(detailed.hasIndustry('C3851')).toBe(true);
    expect(detailed.hasIndustry('C3852')).toBe(false);
  });
});

describe('region table integrity', () => {
  it('has unique codes, none its own parent, and every name resolvable', () => {
    const seen = new Set<string>();
    for (const r of codes.regions) {
      expect(seen.has(r.code), r.code).toBe(false);
      seen.add(r.code);
      expect(r.parent).not.toBe(r.code);
      expect(codes.regionFullName(r.code).length).toBeGreaterThan(1);
    }
    expect(codes.regionFullName('441900')).toBe('广东省东莞市');
  });
});
