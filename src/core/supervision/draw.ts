import { createRandom } from '../demo/random';
import { toHundredths } from '../evaluation/points';
import { type InspectionPlan, SUPERVISION_MODES, type SupervisionMode } from './schema';

export type DrawCandidate = {
  enterpriseId: number;
  mode: SupervisionMode;
  /** The lab that tested this enterprise's last inspection, for the "not the same lab twice" option. */
  lastLab?: string | null;
};

export type DrawOptions = {
  jurisdiction: string;
  year: number;
  /** Recorded with the list: the same seed and the same enterprises give the same list. */
  seed: string;
  plan: InspectionPlan;
  enterprises: readonly DrawCandidate[];
  /** Enterprises already inspected by a higher level this year (不重复抽查). */
  checkedByHigherLevel?: readonly number[];
  /** Labs (检验机构) to assign at random to the drawn enterprises: the second 随机. */
  labs?: readonly string[];
  avoidSameLab?: boolean;
};

export type ModeDraw = {
  mode: SupervisionMode; population: number; eligible: number; ratioPercent: number; visitsPerYear: number; quota: number;
};

export type InspectionList = {
  seed: string;
  jurisdiction: string;
  year: number;
  perMode: ModeDraw[];
  /** By mode (lightest first), then enterprise id. `lab` is null when no lab was asked for or none is left. */
  list: { enterpriseId: number; mode: SupervisionMode; visits: number; lab: string | null }[];
  excluded: { enterpriseId: number; reason: 'checked-by-higher-level' }[];
};

/** `n` of `items` (already in a canonical order), by a partial Fisher–Yates shuffle. */
function sample<T>(items: readonly T[], n: number, seed: string): T[] {
  const a = [...items];
  const r = createRandom(seed);
  for (let i = 0; i < n; i++) {
    const j = i + r.int(a.length - i);
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a.slice(0, n);
}

/**
 * The year's random inspection list (双随机): per mode, draw ⌈eligible × ratio⌉ enterprises, then
 * a lab for each. Reproducible: candidates are put in id order before drawing, and each mode has
 * its own stream of the seed, so the list depends only on the seed and the candidates — not on
 * the order they were read in, and one mode's population never shifts another mode's draw.
 *
 * @example drawInspectionList({ jurisdiction: '430102', year: 2026, seed: '2026-湘-01', plan, enterprises }).list
 */
export function drawInspectionList(o: DrawOptions): InspectionList {
  const higher = new Set(o.checkedByHigherLevel ?? []);
  const excluded: InspectionList['excluded'] = [];
  const byMode = new Map<SupervisionMode, number[]>(SUPERVISION_MODES.map((m) => [m, []]));
  const population = new Map<SupervisionMode, number>(SUPERVISION_MODES.map((m) => [m, 0]));
  const candidates = [...o.enterprises].sort((a, b) => a.enterpriseId - b.enterpriseId);
  for (const c of candidates) {
    population.set(c.mode, (population.get(c.mode) ?? 0) + 1);
    if (higher.has(c.enterpriseId)) excluded.push({ enterpriseId: c.enterpriseId, reason: 'checked-by-higher-level' });
    else byMode.get(c.mode)?.push(c.enterpriseId);
  }
  const stream = `${o.seed}|${o.jurisdiction}|${o.year}`;
  const perMode: ModeDraw[] = [];
  const list: InspectionList['list'] = [];
  for (const mode of SUPERVISION_MODES) {
    const eligible = byMode.get(mode) ?? [];
    const { ratioPercent, visitsPerYear } = o.plan.modes[mode];
    // Ceiling in integers (ratio in hundredths of a percent): any positive ratio inspects someone.
    const quota = Math.min(eligible.length, Math.ceil((eligible.length * toHundredths(ratioPercent)) / 10_000));
    perMode.push({ mode, population: population.get(mode) ?? 0, eligible: eligible.length, ratioPercent, visitsPerYear, quota });
    for (const id of sample(eligible, quota, `${stream}|${mode}`).sort((a, b) => a - b)) {
      list.push({ enterpriseId: id, mode, visits: visitsPerYear, lab: null });
    }
  }
  if (o.labs && o.labs.length > 0) {
    const labs = [...new Set(o.labs)].sort();
    const last = new Map(candidates.map((c) => [c.enterpriseId, c.lastLab ?? null]));
    const r = createRandom(`${stream}|labs`);
    for (const item of list) {
      const prev = last.get(item.enterpriseId) ?? null;
      const choices = o.avoidSameLab && prev !== null ? labs.filter((l) => l !== prev) : labs;
      item.lab = choices.length > 0 ? r.pick(choices) : null;
    }
  }
  return { seed: o.seed, jurisdiction: o.jurisdiction, year: o.year, perMode, list, excluded };
}
