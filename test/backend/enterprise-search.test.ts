import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Enterprise } from '../../src/contract';
import { testBackend, type TestBackend } from '../helpers/workspace';

type Page = { items: Enterprise[]; total: number; totalCapped: boolean };

let b: TestBackend;
let admin: string;
let names: Map<number, string>;
let codes: Map<number, string>;
beforeAll(async () => {
  b = await testBackend();
  admin = await b.login('admin');
  await b.value('demo:generate', { enterprises: 3000, seed: 'search' }, admin);
  const all = b.ws.db.prepare('SELECT id, name, uscc FROM enterprises').all() as { id: number; name: string; uscc: string }[];
  names = new Map(all.map((r) => [r.id, r.name]));
  codes = new Map(all.map((r) => [r.id, r.uscc]));
}, 120_000);
afterAll(() => b.cleanup());

const search = async (input: Record<string, unknown>) => (await b.value('enterprises:list', { pageSize: 200, ...input }, admin)) as Page;
/** The answer worked out the slow way, independently of any index. */
const expected = (fragment: string, of = names) => [...of].filter(([, n]) => n.includes(fragment)).map(([id]) => id).sort((x, y) => x - y);

describe('enterprise search by name fragments', () => {
  it('finds exactly the names containing a 1-, 2- or 4-character fragment, whichever index answers', async () => {
    const sample = [...names.values()][17] ?? '';
    const chars = [...sample];
    // A common character (有, in every 有限公司), a rarer one, two bigrams and a 4-character run.
    for (const fragment of ['有', chars[1] ?? '', chars.slice(0, 2).join(''), chars.slice(2, 4).join(''), chars.slice(0, 4).join(''), '限公']) {
      const want = expected(fragment);
      const page = await search({ query: fragment });
      expect(page.total, fragment).toBe(Math.min(want.length, 10_000));
      expect(page.items.map((e) => e.id), fragment).toEqual(want.slice(0, 200));
    }
  });

  it('keeps the index true when a name changes', async () => {
    const id = [...names.keys()][0] ?? 0;
    const e = (await b.value('enterprises:get', { id }, admin)) as Enterprise;
    await b.value('enterprises:update', { id, draft: { ...e, name: '鑫淼焱垚测试有限公司' } }, admin);
    expect((await search({ query: '淼焱' })).items.map((x) => x.id)).toEqual([id]);
    expect((await search({ query: '垚' })).items.map((x) => x.id)).toEqual([id]);
    const oldFragment = [...(names.get(id) ?? '')].slice(0, 2).join('');
    expect((await search({ query: oldFragment })).items.map((x) => x.id)).not.toContain(id);
  });

  it('sorts by name both ways with stable paging', async () => {
    const up = await search({ query: '有限', sort: 'name', order: 'asc', pageSize: 50 });
    const sorted = [...up.items].map((e) => e.name);
    expect(sorted).toEqual([...sorted].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
    const second = await search({ query: '有限', sort: 'name', order: 'asc', pageSize: 50, page: 2 });
    expect(new Set([...up.items, ...second.items].map((e) => e.id)).size).toBe(100);
  });

  it('lists the last page of a name search in descending id order', async () => {
    const want = expected('有限').reverse();
    const page = await search({ query: '有限', order: 'desc', pageSize: 30, page: 2 });
    expect(page.items.map((e) => e.id)).toEqual(want.slice(30, 60));
  });
});

describe('firms in the trash', () => {
  const trash = (ids: number[], at: string | null) =>
    b.ws.db.prepare(`UPDATE enterprises SET deleted_at = ?, deleted_by = ? WHERE id IN (SELECT value FROM json_each(?))`).run(at, at ? 'admin' : null, JSON.stringify(ids));
  const fragments = () => {
    const chars = [...([...names.values()][5] ?? '')];
    return ['有', chars[1] ?? '', chars.slice(0, 2).join(''), chars.slice(1, 4).join(''), chars.slice(0, 4).join(''), ...[4, 8, 12].map((n) => ([...codes.values()][5] ?? '').slice(0, n)), ([...codes.values()][6] ?? '').slice(8, 17)];
  };

  // A small trash is counted firm by firm beside the index; a large one (after an import is
  // undone) makes the count read each hit's row instead. Both must give the same numbers.
  it.each([['a few', 40], ['more than two thousand', 2_100]])('are left out of every kind of search and its count, with %s of them', async (_, n) => {
    const victims = [...names.keys()].filter((id) => id % 3 === 0).slice(0, n);
    trash(victims, '2026-01-01T00:00:00+08:00');
    try {
      // As they are now: an earlier test renames a firm.
      const rows = b.ws.db.prepare('SELECT id, name, uscc FROM enterprises WHERE deleted_at IS NULL').all() as { id: number; name: string; uscc: string }[];
      const live = new Map(rows.map((r) => [r.id, r.name]));
      const liveCodes = new Map(rows.map((r) => [r.id, r.uscc]));
      for (const fragment of fragments()) {
        const of = /\d/.test(fragment) ? liveCodes : live;
        const want = expected(fragment, of);
        const page = await search({ query: fragment });
        expect(page.total, fragment).toBe(want.length);
        expect(page.items.map((e) => e.id), fragment).toEqual(want.slice(0, 200));
      }
    } finally {
      trash(victims, null);
    }
  });
});

describe('enterprise search by code', () => {
  it('finds exactly the firms whose USCC contains a prefix, the organization code or any other run of it, in id order', async () => {
    const sample = [...codes.values()][42] ?? '';
    // Prefixes of 4, 8 and 12 characters, the whole code, the organization code (characters 9–17), runs from its middle and its tail, in lower case with spaces.
    const fragments = [sample.slice(0, 4), sample.slice(0, 8), sample.slice(0, 12), sample, sample.slice(8, 17), sample.slice(5, 11), sample.slice(10), sample.slice(2, 8)];
    for (const fragment of fragments) {
      const want = expected(fragment, codes);
      const page = await search({ query: fragment.toLowerCase().replace(/(.{4})/g, '$1 ') });
      expect(page.total, fragment).toBe(Math.min(want.length, 10_000));
      expect(page.items.map((e) => e.id), fragment).toEqual(want.slice(0, 200));
      const down = await search({ query: fragment, order: 'desc', pageSize: 20 });
      expect(down.items.map((e) => e.id), `${fragment} desc`).toEqual([...want].reverse().slice(0, 20));
    }
  });

  it('leaves firms in the trash out of a code search and of its count', async () => {
    const sample = [...codes.values()][7] ?? '';
    const prefix = sample.slice(0, 8);
    const before = await search({ query: prefix });
    const victim = before.items[0]?.id ?? 0;
    b.ws.db.prepare("UPDATE enterprises SET deleted_at = '2026-01-01T00:00:00+08:00', deleted_by = 'admin' WHERE id = ?").run(victim);
    try {
      const after = await search({ query: prefix });
      expect(after.total).toBe(before.total - 1);
      expect(after.items.map((e) => e.id)).toEqual(before.items.map((e) => e.id).filter((id) => id !== victim));
    } finally {
      b.ws.db.prepare('UPDATE enterprises SET deleted_at = NULL, deleted_by = NULL WHERE id = ?').run(victim);
    }
  });
});
