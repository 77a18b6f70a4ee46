import { parseName, surfaceName } from '../../../core/matching/name';
import { provinceOf, regionsIn } from '../../../core/matching/regions';
import type { MatchSubject } from '../../../core/matching/classify';
import type Database from 'better-sqlite3';

/** GB/T 2260 province prefixes: a registered firm's province when its address does not say it. */
const PROVINCE_BY_CODE: Readonly<Record<string, string>> = {
  11: '北京', 12: '天津', 13: '河北', 14: '山西', 15: '内蒙古', 21: '辽宁', 22: '吉林', 23: '黑龙江', 31: '上海', 32: '江苏',
  33: '浙江', 34: '安徽', 35: '福建', 36: '江西', 37: '山东', 41: '河南', 42: '湖北', 43: '湖南', 44: '广东', 45: '广西',
  46: '海南', 50: '重庆', 51: '四川', 52: '贵州', 53: '云南', 54: '西藏', 61: '陕西', 62: '甘肃', 63: '青海', 64: '宁夏',
  65: '新疆', 71: '台湾', 81: '香港', 82: '澳门',
};

/**
 * The key a firm named without a code is known by: its normalised name and the province (or
 * city) its place names. Decisions are kept under it, and every waiting record of the same firm
 * shares it, so one decision settles them all.
 *
 * @example subjectKey('标称：湖南某某（集团）有限公司', '湖南省长沙市') // '湖南某某(集团)有限公司|湖南'
 */
export function subjectKey(name: string, place: string | null | undefined): string {
  return subjectKeyIn(name, placeKey(place));
}

/** The place part of a subject key: the province, else the first region, a place names. @example placeKey('湖南省长沙市') // '湖南' */
export function placeKey(place: string | null | undefined): string {
  const p = place ?? '';
  return provinceOf(p) ?? regionsIn(p)[0] ?? '';
}

/** subjectKey with its place part worked out once, for many subjects of one place. @example subjectKeyIn('某某有限公司', '湖南') */
export const subjectKeyIn = (name: string, placePart: string): string => `${surfaceName(name)}|${placePart}`;

export type RegisteredFirm = MatchSubject & { id: number; uscc: string; address: string };

/** Character pairs of a 字号: two names can only be alike when they share one (see core/matching similarity). */
export function tokensOf(tradeName: string): string[] {
  const chars = [...tradeName];
  if (chars.length < 2) return chars;
  return [...new Set(chars.slice(1).map((ch, i) => `${chars[i] ?? ''}${ch}`))];
}

/**
 * The register, indexed for matching thousands of named firms at once: by identifier, and by
 * the character pairs of each name's 字号 so that a name is compared with the few firms that
 * could resemble it rather than with all of them. Former names count as names of the firm.
 */
export type FirmIndex = {
  byId: Map<number, RegisteredFirm>;
  byUscc: Map<string, number>;
  byOrgCode: Map<string, number>;
  byRegistration: Map<string, number>;
  /** Token → entries (a firm once per name it has had), with the number of tokens of that name. */
  byToken: Map<string, Entry[]>;
};

type EnterpriseLine = { id: number; uscc: string; name: string; address: string; region_code: string; org_code: string | null; registration_number: string | null };

export function loadFirmIndex(db: Database.Database): FirmIndex {
  const index: FirmIndex = { byId: new Map(), byUscc: new Map(), byOrgCode: new Map(), byRegistration: new Map(), byToken: new Map() };
  const lines = db.prepare('SELECT id, uscc, name, address, region_code, org_code, registration_number FROM enterprises WHERE deleted_at IS NULL').all() as EnterpriseLine[];
  const addName = (id: number, name: string): void => {
    const tokens = tokensOf(parseName(name).tradeName);
    for (const t of tokens) {
      let list = index.byToken.get(t);
      if (!list) index.byToken.set(t, (list = []));
      list.push({ id, name, size: tokens.length });
    }
  };
  for (const e of lines) {
    const province = PROVINCE_BY_CODE[e.region_code.slice(0, 2)] ?? '';
    const place = provinceOf(e.address) ? e.address : `${province}${e.address}`;
    index.byId.set(e.id, { id: e.id, uscc: e.uscc, name: e.name, address: e.address, place, orgCode: e.org_code, registrationNumber: e.registration_number });
    index.byUscc.set(e.uscc, e.id);
    const org = e.org_code ?? e.uscc.slice(8, 17);
    if (org) index.byOrgCode.set(org, e.id);
    if (e.registration_number) index.byRegistration.set(e.registration_number, e.id);
    addName(e.id, e.name);
  }
  const former = db.prepare('SELECT n.enterprise_id AS id, n.name AS name FROM enterprise_names n JOIN enterprises e ON e.id = n.enterprise_id WHERE e.deleted_at IS NULL').all() as { id: number; name: string }[];
  for (const f of former) if (f.name !== index.byId.get(f.id)?.name) addName(f.id, f.name);
  return index;
}

/**
 * A name is a candidate only from a score of 0.6, of which the 字号 weighs 0.6 and everything
 * else 0.4 (core/matching score): so its 字号 similarity (Dice over character pairs) must reach
 * 1/3. Names sharing too few pairs to get there are not compared at all.
 */
const MIN_TRADE_SIMILARITY = 1 / 3;

/**
 * A pair shared by this many registered names (a generic word the industry table lacks, such
 * as 塑业) adds to the count of names already found through rarer pairs but finds none by
 * itself: otherwise one such word would bring thousands of names to compare.
 */
const COMMON_TOKEN = 500;

type Entry = { id: number; name: string; size: number };

/**
 * The firms whose names share the most 字号 character pairs with `name`, at most `limit`, each
 * with the name (current or former) that shares them; only those that could reach a candidate.
 */
export function nameNeighbours(index: FirmIndex, name: string, limit: number): { id: number; name: string }[] {
  const hits = new Map<Entry, number>();
  const tokens = tokensOf(parseName(name).tradeName);
  const lists = tokens.map((t) => index.byToken.get(t) ?? []).sort((a, b) => a.length - b.length);
  for (const [i, list] of lists.entries()) {
    // The rarest pair always finds names, so a name of common pairs alone is still matched.
    const finds = i === 0 || list.length < COMMON_TOKEN;
    for (const e of list) {
      const n = hits.get(e);
      if (n !== undefined) hits.set(e, n + 1);
      else if (finds) hits.set(e, 1);
    }
  }
  return [...hits.entries()]
    .filter(([e, n]) => (2 * n) / (tokens.length + e.size) >= MIN_TRADE_SIMILARITY - 1e-9)
    .sort((a, b) => b[1] - a[1] || a[0].id - b[0].id).slice(0, limit)
    .map(([e]) => ({ id: e.id, name: e.name }));
}
