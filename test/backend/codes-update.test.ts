import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RESOURCES, testBackend, type TestBackend } from '../helpers/workspace';

let b: TestBackend;
beforeEach(async () => { b = await testBackend(); });
afterEach(() => b.cleanup());

const shipped = JSON.parse(readFileSync(join(RESOURCES, 'codes', 'regions.json'), 'utf8')) as { standard: string; entries: { code: string; name: string; level: number; parent: string | null }[] };

describe('codes:update', () => {
  it('loads a newer region table into the workspace, audited, and uses it at once', async () => {
    const admin = await b.login('admin');
    const renamed = { ...shipped, edition: 'test', entries: [...shipped.entries.map((e) => (e.code === '430104' ? { ...e, name: '岳麓新区' } : e)), { code: '439901', name: '测试新区', level: 3, parent: '430100' }] };
    const r = await b.value('codes:update', { kind: 'regions', content: JSON.stringify(renamed) }, admin);
    expect(r).toMatchObject({ kind: 'regions', entries: shipped.entries.length + 1 });
    const regions = (await b.value('codes:regions', {}, admin)) as { code: string; name: string }[];
    expect(regions.find((x) => x.code === '430104')?.name).toBe('湖南省长沙市岳麓新区');
    expect(regions.some((x) => x.code === '439901')).toBe(true);
    const audit = (await b.value('audit:list', { entity: 'code-table' }, admin)) as { items: { action: string }[] };
    expect(audit.items.map((i) => i.action)).toEqual(['codes:update']);
  });

  it('refuses a malformed table, orphans, and a table that drops codes in use — changing nothing', async () => {
    const admin = await b.login('admin');
    const officer = await b.login('officer');
    await b.value('enterprises:create', { uscc: '91430100MA4L0B2X6T', name: '长沙码表测试有限公司', regionCode: '430104', industryCode: 'C14' }, officer);
    const cases = [
      '{not json',
      JSON.stringify({ standard: 'x', entries: [{ code: 'ABC', name: 'x', level: 1, parent: null }] }),
      JSON.stringify({ standard: 'x', entries: [{ code: '430104', name: 'x', level: 3, parent: '430100' }] }),
      JSON.stringify({ standard: 'x', entries: [{ code: '110000', name: '北京市', level: 1, parent: null }] }),
    ];
    for (const content of cases) {
      expect(await b.call('codes:update', { kind: 'regions', content }, admin), content.slice(0, 30)).toMatchObject({ ok: false, error: { code: 'E_VALIDATION' } });
    }
    expect(await b.call('codes:update', { kind: 'regions', content: JSON.stringify(shipped) }, officer)).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    const regions = (await b.value('codes:regions', {}, admin)) as unknown[];
    expect(regions).toHaveLength(shipped.entries.length);
  });
});
