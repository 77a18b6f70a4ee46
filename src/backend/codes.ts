import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { CodeLookup } from '../core/enterprises/enterprise';
import type { DemoRegion } from '../core/demo/enterprises';

const CodeFileSchema = z.object({
  standard: z.string(),
  entries: z.array(z.object({
    code: z.string(),
    name: z.string(),
    level: z.number().int(),
    parent: z.string().nullable(),
    validTo: z.string().optional(),
    successor: z.string().optional(),
    /** A grouping row (市辖区, 县) that is not part of a place name. */
    placeholder: z.boolean().optional(),
  })),
});
type CodeEntry = z.infer<typeof CodeFileSchema>['entries'][number];

export type CodeTables = CodeLookup & {
  regions: CodeEntry[];
  industries: CodeEntry[];
  /** "湖南省长沙市岳麓区": the names from the province down. */
  regionFullName(code: string): string;
  industryName(code: string): string;
  /** County-level regions still in force, for demo data. */
  demoRegions(prefix: string): DemoRegion[];
};

function load(file: string): CodeEntry[] {
  return CodeFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).entries;
}

/** Loads the shipped GB/T 2260 and GB/T 4754 tables once per backend start. */
export function loadCodeTables(resourcesDir: string): CodeTables {
  const regions = load(join(resourcesDir, 'codes', 'regions.json'));
  const industries = load(join(resourcesDir, 'codes', 'industries.json'));
  const regionBy = new Map(regions.map((r) => [r.code, r]));
  const industryBy = new Map(industries.map((r) => [r.code, r]));
  const chain = (code: string): CodeEntry[] => {
    const out: CodeEntry[] = [];
    for (let r = regionBy.get(code); r; r = r.parent ? regionBy.get(r.parent) : undefined) out.unshift(r);
    return out;
  };
  return {
    regions,
    industries,
    hasRegion: (code) => regionBy.has(code),
    hasIndustry: (code) => industryBy.has(code),
    regionFullName: (code) => chain(code).filter((r) => !r.placeholder).map((r) => r.name).join('') || code,
    industryName: (code) => industryBy.get(code)?.name ?? code,
    demoRegions: (prefix) => regions
      .filter((r) => r.level === 3 && !r.validTo && r.code.startsWith(prefix))
      .map((r) => {
        const [province, city] = chain(r.code);
        const cityName = city && city.level === 2 && !city.placeholder ? city.name : '';
        return {
          code: r.code,
          province: province?.name ?? '',
          city: cityName,
          county: r.name,
          cityShort: (cityName || province?.name || '').replace(/市$|土家族苗族自治州$/, ''),
        };
      }),
  };
}
