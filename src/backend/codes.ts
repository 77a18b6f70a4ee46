import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { CodeLookup } from '../core/enterprises/enterprise';
import type { DemoRegion } from '../core/demo/enterprises';

export const CodeFileSchema = z.object({
  standard: z.string(),
  edition: z.string().optional(),
  entries: z.array(z.object({
    code: z.string().min(1).max(12),
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

export type CodeKind = 'regions' | 'industries';

/** The shipped table of a kind, as its JSON text. */
export function shippedCodeFile(resourcesDir: string, kind: CodeKind): string {
  return readFileSync(join(resourcesDir, 'codes', `${kind}.json`), 'utf8');
}

/** Loads the shipped GB/T 2260 and GB/T 4754 tables, or a workspace's updated ones when given. */
export function loadCodeTables(resourcesDir: string, updated: Partial<Record<CodeKind, string>> = {}): CodeTables {
  const load = (kind: CodeKind) => CodeFileSchema.parse(JSON.parse(updated[kind] ?? shippedCodeFile(resourcesDir, kind))).entries;
  const regions = load('regions');
  const industries = load('industries');
  const regionBy = new Map(regions.map((r) => [r.code, r]));
  const industryBy = new Map(industries.map((r) => [r.code, r]));
  // Divisions the table does not break down into groups and classes (the shipped table stops at 大类).
  const undivided = new Set(industries.filter((r) => /^[A-T]\d{2}$/.test(r.code) && !industries.some((x) => x.code.length > 3 && x.code.startsWith(r.code))).map((r) => r.code));
  /**
   * A 3- or 4-digit code (C385, C3851) under a division the table does not break down is taken at
   * its division's word: real registers carry class codes, and refusing them for a table's
   * missing detail would refuse real data. Once a full table is loaded, codes are checked exactly.
   */
  const coarseDivision = (code: string): CodeEntry | undefined =>
    (/^[A-T]\d{3,4}$/.test(code) && undivided.has(code.slice(0, 3)) ? industryBy.get(code.slice(0, 3)) : undefined);
  const chain = (code: string): CodeEntry[] => {
    const out: CodeEntry[] = [];
    // Bounded: a malformed table with a cycle must not hang the app (GB/T 2260 has three levels).
    for (let r = regionBy.get(code); r && out.length < 4; r = r.parent ? regionBy.get(r.parent) : undefined) out.unshift(r);
    return out;
  };
  return {
    regions,
    industries,
    hasRegion: (code) => regionBy.has(code),
    hasIndustry: (code) => industryBy.has(code) || coarseDivision(code) !== undefined,
    regionFullName: (code) => chain(code).filter((r) => !r.placeholder).map((r) => r.name).join('') || code,
    industryName: (code) => industryBy.get(code)?.name ?? coarseDivision(code)?.name ?? code,
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
