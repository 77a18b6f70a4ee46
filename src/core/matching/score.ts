import { parseName, type NameParts } from './name';
import { provinceOf, regionsIn } from './regions';

/** The parts of a name comparison, each 0–1, shown to the person who decides. */
export type NameScoreParts = {
  /** 字号 similarity: what identifies a firm. */
  tradeName: number;
  /** Industry words (科技, 贸易…): weak evidence. */
  industry: number;
  legalForm: number;
  /** Regions in the names: same, absent on one side, or different. */
  region: number;
  /** 1 when both are head offices or the same branch; 0 when a branch meets its head office. */
  branch: number;
  /** Province of the places given (address, 所在地): 1 same, 0.5 unknown, 0 different. The tie-breaker. */
  place: number;
};

export type NameScore = { score: number; parts: NameScoreParts; a: NameParts; b: NameParts };

const WEIGHTS = { tradeName: 0.6, industry: 0.1, legalForm: 0.1, region: 0.2 } as const;

function bigrams(s: string): string[] {
  const chars = [...s];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((ch, i) => `${chars[i] ?? ''}${ch}`);
}

/** Dice coefficient over character bigrams; 1 for equal strings. @example similarity('华兴', '华星') // 0 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a === '' || b === '') return 0;
  const x = bigrams(a);
  const pool = bigrams(b);
  let common = 0;
  for (const g of x) {
    const i = pool.indexOf(g);
    if (i >= 0) { common++; pool.splice(i, 1); }
  }
  return (2 * common) / (x.length + bigrams(b).length);
}

function setSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const union = new Set([...a, ...b]);
  return a.filter((w) => b.includes(w)).length / union.size;
}

function regionPart(a: NameParts, b: NameParts): number {
  if (a.regions.length === 0 || b.regions.length === 0) return a.regions.length === b.regions.length ? 1 : 0.8;
  return a.regions.some((r) => b.regions.includes(r)) ? 1 : 0;
}

function legalFormPart(a: NameParts, b: NameParts): number {
  if (a.legalForm === b.legalForm) return 1;
  return a.legalForm === null || b.legalForm === null ? 0.7 : 0.3;
}

/** The province of a subject: from its place, else from the regions its name carries. */
function province(name: NameParts, place: string | null | undefined): string | null {
  if (place) {
    const p = provinceOf(place);
    if (p) return p;
  }
  for (const r of name.regions) {
    const p = provinceOf(r);
    if (p) return p;
  }
  return null;
}

function placePart(a: NameParts, b: NameParts, placeA?: string | null, placeB?: string | null): number {
  const pa = province(a, placeA);
  const pb = province(b, placeB);
  if (pa && pb) return pa === pb ? 1 : 0;
  // Without provinces, a shared city in the places still says something.
  const ra = placeA ? regionsIn(placeA) : [];
  const rb = placeB ? regionsIn(placeB) : [];
  if (ra.length > 0 && rb.length > 0) return ra.some((r) => rb.includes(r)) ? 1 : 0;
  return 0.5;
}

/**
 * How alike two company names are, with the parts that make the score, for display. A branch
 * office never scores as its head office (branch 0 caps the score below any candidate).
 *
 * @example nameScore('北京某某科技有限公司', '某某(北京)科技有限责任公司').score // 1
 */
export function nameScore(a: string, b: string, placeA?: string | null, placeB?: string | null): NameScore {
  const pa = parseName(a);
  const pb = parseName(b);
  const parts: NameScoreParts = {
    tradeName: similarity(pa.tradeName, pb.tradeName),
    industry: setSimilarity(pa.industry, pb.industry),
    legalForm: legalFormPart(pa, pb),
    region: regionPart(pa, pb),
    branch: pa.branch === pb.branch ? 1 : 0,
    place: placePart(pa, pb, placeA, placeB),
  };
  const total = WEIGHTS.tradeName * parts.tradeName + WEIGHTS.industry * parts.industry + WEIGHTS.legalForm * parts.legalForm + WEIGHTS.region * parts.region;
  const score = parts.branch === 0 ? Math.min(total, 0.3) : total;
  return { score: Math.round(score * 1000) / 1000, parts, a: pa, b: pb };
}
