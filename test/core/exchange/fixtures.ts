import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../src/core/shared/canonical-json';

// Records for the exchange record tests: every shape the schema allows, and ways to break them.

export const sha256Utf8 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** A seeded PRNG (mulberry32), so that a failure can be replayed. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T };
}

function sealed(r: Record<string, Json>): Record<string, Json> {
  return { ...r, contentSha256: sha256Utf8(canonicalJson(r)) };
}

/** Valid records of every shape the schema allows: enterprise or person, nulls, removal, histories. */
export function bases(): Record<string, Json>[] {
  const common = {
    id: '11430100MB1234567X-serious-dishonesty-0000001', formerIds: ['old-1', 'old~2'], listType: 'serious-dishonesty', listTypeName: '严重违法失信名单',
    reason: '生产销售不合格产品', legalBasis: '《办法》第九条', authority: { name: '长沙市市场监督管理局', code: '11430100MB1234567X' },
    decisionDocNo: '长市监信〔2026〕1号', listedOn: '2024-02-29', plannedEnd: '2027-02-28', status: 'active', removal: null,
    history: [{ date: '2024-02-29', transition: 'publish', docNo: '长市监信〔2026〕1号' }], provenance: { source: 'local', agencyCode: '11430100MB1234567X' },
  };
  const firm = { kind: 'enterprise', name: '湘江机械有限公司', uscc: '91430100MA0000001X', orgCode: 'MA0000001', legalRepresentative: { name: '王某某', idType: '身份证', idNumber: '430102********1234' }, representativeListed: false };
  return [
    sealed({ ...common, subject: firm }),
    sealed({ ...common, formerIds: [], subject: { ...firm, uscc: null, orgCode: null, legalRepresentative: null, representativeListed: true }, decisionDocNo: null, listedOn: null, plannedEnd: null, history: [] }),
    sealed({ ...common, subject: { kind: 'person', name: '李某', idType: null, idNumber: null }, authority: { name: null, code: null } }),
    sealed({ ...common, subject: { kind: 'person', name: '', idType: '护照', idNumber: 'E1234****' }, status: 'removed',
      removal: { date: '2026-05-01', reason: '信用修复', authority: null },
      history: [{ date: '2024-02-29', transition: 'publish', docNo: null }, { date: '2026-05-01', transition: 'remove', docNo: '长市监信〔2026〕9号' }] }),
    sealed({ ...common, subject: { ...firm, name: '𠀀字号有限公司\n"引号"\\' }, reason: '\u2028 \ud800 lone surrogate', status: 'suspended', removal: { date: '2000-01-01', reason: null, authority: '某局' } }),
  ];
}

/** Values that sit on, or just past, the edges of what the schema allows. */
export const TRICKY: Json[] = [
  null, true, false, 0, 1.5, '', 'x', [], {}, ['a'], 'x'.repeat(32), 'x'.repeat(33), 'x'.repeat(64), 'x'.repeat(65), 'x'.repeat(100), 'x'.repeat(101),
  'x'.repeat(200), 'x'.repeat(201), 'x'.repeat(300), 'x'.repeat(301), 'x'.repeat(2000), 'x'.repeat(2001), 'x'.repeat(5000), 'x'.repeat(5001),
  '2024-02-29', '2026-02-29', '2026-13-01', '2026-1-01', ' 2026-01-01', '２０２６-01-01', '0000-01-01', '9999-12-31',
  '91430100MA0000001X', '91430100MA0000001I', '91430100MA000001X', '91430100MA00000001X', '91430100MA000000😀', 'MA0000001', 'ma0000001', 'MA000000', 'MA00000001',
  'active', 'expired', 'removed', 'suspended', 'deleted', 'enterprise', 'person', 'a-b', 'A-b', '-ab', 'x y', '~', 'é', 'a'.repeat(64), 'f'.repeat(64), 'F'.repeat(64),
  { date: '2026-01-01', reason: null, authority: null }, { date: '2026-01-01', transition: 'x', docNo: null }, { name: 'a', idType: null, idNumber: null },
  Array.from({ length: 101 }, (_, i) => `id-${i}`), Array.from({ length: 100 }, (_, i) => `id-${i}`),
];

export type Node = Record<string, Json> | Json[];

/** Every object or array inside `v`, with itself. */
export function containers(v: Json, out: Node[] = []): Node[] {
  if (v !== null && typeof v === 'object') {
    out.push(v);
    for (const x of Object.values(v)) containers(x, out);
  }
  return out;
}

/** One random change: a member replaced, removed, added, or an object's members reordered. */
export function mutate(rec: Record<string, Json>, r: ReturnType<typeof random>): void {
  const tricky = (): Json => structuredClone(r.pick(TRICKY));
  const target = r.pick(containers(rec));
  const keys = Object.keys(target);
  const kind = r.int(10);
  if (Array.isArray(target)) {
    if (kind < 2) target.push(tricky());
    else if (target.length > 0) target[r.int(target.length)] = tricky();
    return;
  }
  const key = r.pick(keys);
  if (kind < 6 && key !== undefined) target[key] = tricky();
  else if (kind === 6 && key !== undefined) delete target[key];
  else if (kind === 7) target[r.pick(['extra', 'kind', 'aa', 'zz', '__proto__', '1'])] = tricky();
  else {
    const entries = Object.entries(target).reverse();
    for (const k of keys) delete target[k];
    for (const [k, v] of entries) target[k] = v;
  }
}

