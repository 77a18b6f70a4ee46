import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Enterprise } from '../../src/contract';
import { testBackend, type TestBackend } from '../helpers/workspace';

type Page = { items: Enterprise[]; total: number; totalCapped: boolean };

let b: TestBackend;
let admin: string;
let names: Map<number, string>;
beforeAll(async () => {
  b = await testBackend();
  admin = await b.login('admin');
  await b.value('demo:generate', { enterprises: 3000, seed: 'search' }, admin);
  names = new Map((b.ws.db.prepare('SELECT id, name FROM enterprises').all() as { id: number; name: string }[]).map((r) => [r.id, r.name]));
});
afterAll(() => b.cleanup());

const search = async (input: Record<string, unknown>) => (await b.value('enterprises:list', { pageSize: 200, ...input }, admin)) as Page;
/** The answer worked out the slow way, independently of any index. */
const expected = (fragment: string) => [...names].filter(([, n]) => n.includes(fragment)).map(([id]) => id).sort((x, y) => x - y);

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
});
