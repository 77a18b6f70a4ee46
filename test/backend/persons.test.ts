import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditRow, Enterprise, Person, PersonEnterprise } from '../../src/contract';
import { testBackend, type TestBackend } from '../helpers/workspace';

const ID = '430102199003071234';
const MASKED = '4301**********1234';
const ENTERPRISE = {
  uscc: '91430100MA4L0B2X6T', name: '长沙法人测试有限公司', regionCode: '430104', industryCode: 'C14',
  legalRepresentative: '', address: '', status: 'active' as const,
};

let b: TestBackend;
let admin: string;
let reviewer: string;
let officer: string;
beforeAll(async () => {
  b = await testBackend({ now: () => new Date('2026-06-01T02:00:00Z') });
  [admin, reviewer, officer] = [await b.login('admin'), await b.login('reviewer'), await b.login('officer')];
});
afterAll(() => b.cleanup());

const person = async (name: string, idNumber?: string) => (await b.value('persons:create', { name, idNumber }, officer)) as Person;

describe('persons and their ID numbers', () => {
  it('masks the ID number for officers and reviewers, never for administrators', async () => {
    const created = await person('周一', ' ４３０１０２ 19900307 1234 ');
    expect(created).toMatchObject({ name: '周一', idType: '身份证', idNumber: MASKED, idNumberMasked: true });
    expect(await b.value('persons:get', { id: created.id }, reviewer)).toMatchObject({ idNumber: MASKED, idNumberMasked: true });
    expect(await b.value('persons:get', { id: created.id }, admin)).toMatchObject({ idNumber: ID, idNumberMasked: false });
    const byName = (await b.value('persons:list', { query: '周' }, officer)) as { items: Person[] };
    expect(byName.items.map((p) => p.idNumber)).toEqual([MASKED]);
    // A whole number finds its person; a part of one finds nothing, so a masked number cannot be probed.
    expect(((await b.value('persons:list', { query: ID.toLowerCase() }, reviewer)) as { total: number }).total).toBe(1);
    expect(((await b.value('persons:list', { query: ID.slice(0, 10) }, reviewer)) as { total: number }).total).toBe(0);
  });

  it('keeps only masked numbers in the audit trail, for every reader', async () => {
    const p = await person('吴二', '11010519491231002X');
    const renamed = (await b.value('persons:update', { id: p.id, draft: { name: '吴二二', idNumber: p.idNumber } }, officer)) as Person;
    expect(renamed.name).toBe('吴二二');
    // The masked number sent back kept the stored one.
    expect(await b.value('persons:get', { id: p.id }, admin)).toMatchObject({ idNumber: '11010519491231002X' });
    for (const session of [reviewer, admin]) {
      const audit = (await b.value('audit:list', { entity: 'person', entityId: String(p.id) }, session)) as { items: AuditRow[] };
      expect(audit.items.map((i) => i.action)).toEqual(['persons:update', 'persons:create']);
      const text = JSON.stringify(audit.items);
      expect(text).not.toContain('11010519491231002X');
      expect(text).toContain('1101**********002X');
    }
    expect(JSON.stringify(b.ws.db.prepare('SELECT before_json, after_json FROM audit_log').all())).not.toContain(ID);
  });

  it('refuses an invalid or duplicate ID number with a clear message', async () => {
    const bad = await b.call('persons:create', { name: '郑三', idNumber: '110105194912310021' }, officer);
    expect(bad).toMatchObject({ ok: false, error: { code: 'E_ID_NUMBER_INVALID', details: { field: 'idNumber' } } });
    if (!bad.ok) expect(bad.error.message).toContain('第 18 位应为 X');
    const dup = await b.call('persons:create', { name: '冒名', idNumber: ID }, officer);
    expect(dup).toMatchObject({ ok: false, error: { code: 'E_PERSON_DUPLICATE' } });
    if (!dup.ok) expect(dup.error.message).not.toContain(ID);
  });

  it('refuses person writes to reviewers', async () => {
    const p = await person('王四');
    const writes = [
      b.call('persons:create', { name: '冯五' }, reviewer),
      b.call('persons:update', { id: p.id, draft: { name: '王四四' } }, reviewer),
      b.call('persons:delete', { id: p.id, reason: '误录' }, reviewer),
      b.call('enterprises:set-legal-representative', { enterpriseId: 1, personId: p.id, fromDate: '2024-01-01' }, reviewer),
    ];
    for (const r of await Promise.all(writes)) expect(r).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
  });
});

describe('legal representatives over time', () => {
  it('closes the previous link, follows the name, and lists every enterprise a person represented', async () => {
    const e1 = (await b.value('enterprises:create', ENTERPRISE, officer)) as Enterprise;
    const e2 = (await b.value('enterprises:create', { ...ENTERPRISE, uscc: '91430104MA4PXXX01T', name: '岳麓法人测试有限公司' }, officer)) as Enterprise;
    const first = await person('陈六');
    const second = await person('褚七');
    const set = (enterpriseId: number, personId: number, fromDate: string) =>
      b.call('enterprises:set-legal-representative', { enterpriseId, personId, fromDate }, officer);
    expect(await set(e1.id, first.id, '2020-01-01')).toMatchObject({ ok: true, value: { legalRepresentative: '陈六' } });
    expect(await set(e2.id, first.id, '2021-05-01')).toMatchObject({ ok: true });
    expect(await set(e1.id, second.id, '2019-12-31')).toMatchObject({ ok: false, error: { code: 'E_LINK_DATE' } });
    expect(await set(e1.id, second.id, '2099-01-01')).toMatchObject({ ok: false, error: { code: 'E_LINK_DATE' } });
    expect(await set(e1.id, first.id, '2022-01-01')).toMatchObject({ ok: false, error: { code: 'E_VALIDATION' } });
    expect(await set(e1.id, second.id, '2023-02-30')).toMatchObject({ ok: false, error: { code: 'E_VALIDATION' } });
    expect(await set(e1.id, second.id, '2023-06-01')).toMatchObject({ ok: true, value: { legalRepresentative: '褚七' } });

    const ofFirst = (await b.value('persons:enterprises', { personId: first.id }, reviewer)) as PersonEnterprise[];
    expect(ofFirst).toEqual([
      { enterpriseId: e1.id, enterpriseName: e1.name, uscc: e1.uscc, role: 'legal_representative', fromDate: '2020-01-01', toDate: '2023-06-01', current: false, enterpriseDeleted: false },
      { enterpriseId: e2.id, enterpriseName: e2.name, uscc: e2.uscc, role: 'legal_representative', fromDate: '2021-05-01', toDate: null, current: true, enterpriseDeleted: false },
    ]);
    expect(await b.value('persons:enterprises', { personId: second.id }, reviewer)).toMatchObject([{ enterpriseId: e1.id, fromDate: '2023-06-01', current: true }]);

    const audit = (await b.value('audit:list', { entity: 'enterprise', entityId: String(e1.id) }, reviewer)) as { items: AuditRow[] };
    expect(audit.items[0]).toMatchObject({
      action: 'enterprises:set-legal-representative', username: 'officer',
      before: { legalRepresentative: '陈六', personId: first.id, fromDate: '2020-01-01' },
      after: { legalRepresentative: '褚七', personId: second.id, fromDate: '2023-06-01' },
    });
    const found = (await b.value('enterprises:list', { legalRepresentative: '褚七' }, officer)) as { items: Enterprise[] };
    expect(found.items.map((e) => e.id)).toEqual([e1.id]);

    // A deleted enterprise keeps its links: bans follow the person, whatever happened to the firm's record.
    await b.value('enterprises:delete', { id: e2.id, reason: '测试' }, officer);
    expect(await b.value('persons:enterprises', { personId: first.id }, reviewer)).toMatchObject([{ enterpriseId: e1.id }, { enterpriseId: e2.id, enterpriseDeleted: true }]);
    expect(await set(e2.id, second.id, '2024-01-01')).toMatchObject({ ok: false, error: { code: 'E_NOT_FOUND' } });
    await b.value('persons:delete', { id: second.id, reason: '测试' }, officer);
    expect(await set(e1.id, second.id, '2024-01-01')).toMatchObject({ ok: false, error: { code: 'E_NOT_FOUND' } });
  });
});
