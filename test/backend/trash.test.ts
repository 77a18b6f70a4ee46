import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditRow, Enterprise, Person, TrashItem } from '../../src/contract';
import { testBackend, type TestBackend } from '../helpers/workspace';

const DRAFT = {
  uscc: '91430100MA4L0B2X6T', name: '长沙回收测试有限公司', regionCode: '430104', industryCode: 'C14',
  legalRepresentative: '', address: '', status: 'active' as const,
};

let b: TestBackend;
let admin: string;
let reviewer: string;
let officer: string;
beforeAll(async () => {
  b = await testBackend();
  [admin, reviewer, officer] = [await b.login('admin'), await b.login('reviewer'), await b.login('officer')];
});
afterAll(() => b.cleanup());

type Page<T> = { items: T[]; total: number };

describe('trash', () => {
  it('deletes softly, hides, lists with who, when and why, and restores, auditing each step', async () => {
    const e = (await b.value('enterprises:create', DRAFT, officer)) as Enterprise;
    const deleted = await b.value('enterprises:delete', { id: e.id, reason: '重复录入' }, officer);
    expect(deleted).toMatchObject({ id: e.id, deletedBy: 'officer' });
    expect(await b.call('enterprises:get', { id: e.id }, officer)).toMatchObject({ ok: false, error: { code: 'E_NOT_FOUND' } });
    expect(await b.call('enterprises:names', { id: e.id }, officer)).toMatchObject({ ok: false, error: { code: 'E_NOT_FOUND' } });
    expect(((await b.value('enterprises:list', { query: '回收测试' }, officer)) as Page<Enterprise>).total).toBe(0);
    expect(await b.call('enterprises:delete', { id: e.id, reason: '再删一次' }, officer)).toMatchObject({ ok: false, error: { code: 'E_NOT_FOUND' } });

    const trash = (await b.value('trash:list', {}, reviewer)) as Page<TrashItem>;
    expect(trash.items).toEqual([expect.objectContaining({ entity: 'enterprise', id: e.id, name: e.name, code: e.uscc, deletedBy: 'officer', reason: '重复录入' })]);

    expect(await b.value('trash:restore', { entity: 'enterprise', id: e.id }, officer)).toEqual({ entity: 'enterprise', id: e.id });
    expect(await b.call('enterprises:get', { id: e.id }, officer)).toMatchObject({ ok: true, value: { name: e.name } });
    expect(((await b.value('trash:list', {}, reviewer)) as Page<TrashItem>).total).toBe(0);
    expect(await b.call('trash:restore', { entity: 'enterprise', id: e.id }, officer)).toMatchObject({ ok: false, error: { code: 'E_NOT_FOUND' } });

    const audit = (await b.value('audit:list', { entity: 'enterprise', entityId: String(e.id) }, admin)) as Page<AuditRow>;
    expect(audit.items.map((i) => i.action)).toEqual(['trash:restore', 'enterprises:delete', 'enterprises:create']);
    expect(audit.items[1]).toMatchObject({ username: 'officer', before: { deletedAt: null }, after: { deletedBy: 'officer', reason: '重复录入' } });
    expect(b.ws.db.prepare('SELECT count(*) FROM enterprises').pluck().get()).toBe(1);
  });

  it('keeps a deleted USCC: re-creating it is refused with a pointer to the trash', async () => {
    const e = (await b.value('enterprises:create', { ...DRAFT, uscc: '91430104MA4PXXX01T', name: '将删除有限公司' }, officer)) as Enterprise;
    await b.value('enterprises:delete', { id: e.id, reason: '测试' }, admin);
    const r = await b.call('enterprises:create', { ...DRAFT, uscc: '91430104ma4pxxx01t', name: '新的同码公司' }, officer);
    expect(r).toMatchObject({ ok: false, error: { code: 'E_USCC_DUPLICATE', details: { field: 'uscc', existingId: e.id, inTrash: true } } });
    if (!r.ok) expect(r.error.message).toContain('回收站');
    await b.value('trash:restore', { entity: 'enterprise', id: e.id }, admin);
  });

  it('deletes and restores persons, with their ID numbers masked in the trash as elsewhere', async () => {
    const p = (await b.value('persons:create', { name: '蒋八', idNumber: '11010519491231002X' }, officer)) as Person;
    await b.value('persons:delete', { id: p.id, reason: '误录' }, officer);
    expect(await b.call('persons:get', { id: p.id }, officer)).toMatchObject({ ok: false, error: { code: 'E_NOT_FOUND' } });
    const dup = await b.call('persons:create', { name: '蒋八', idNumber: '11010519491231002X' }, officer);
    expect(dup).toMatchObject({ ok: false, error: { code: 'E_PERSON_DUPLICATE', details: { inTrash: true } } });
    const asOfficer = (await b.value('trash:list', { entity: 'person' }, officer)) as Page<TrashItem>;
    expect(asOfficer.items).toEqual([expect.objectContaining({ entity: 'person', id: p.id, code: '1101**********002X', reason: '误录' })]);
    const asAdmin = (await b.value('trash:list', { entity: 'person' }, admin)) as Page<TrashItem>;
    expect(asAdmin.items[0]?.code).toBe('11010519491231002X');
    expect(((await b.value('trash:list', { entity: 'enterprise' }, admin)) as Page<TrashItem>).total).toBe(0);
    await b.value('trash:restore', { entity: 'person', id: p.id }, officer);
    expect(await b.call('persons:get', { id: p.id }, officer)).toMatchObject({ ok: true, value: { name: '蒋八' } });
    const audit = (await b.value('audit:list', { entity: 'person', entityId: String(p.id) }, reviewer)) as Page<AuditRow>;
    expect(audit.items.map((i) => i.action)).toEqual(['trash:restore', 'persons:delete', 'persons:create']);
  });

  it('refuses deletes and restores to reviewers, and a delete without a reason', async () => {
    const e = (await b.value('enterprises:create', { ...DRAFT, uscc: '91440101MA5CJQ4N59', name: '角色测试有限公司' }, officer)) as Enterprise;
    expect(await b.call('enterprises:delete', { id: e.id, reason: '无权' }, reviewer)).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    expect(await b.call('trash:restore', { entity: 'enterprise', id: e.id }, reviewer)).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    expect(await b.call('enterprises:delete', { id: e.id, reason: '  ' }, officer)).toMatchObject({ ok: false, error: { code: 'E_VALIDATION' } });
    expect(await b.call('enterprises:get', { id: e.id }, officer)).toMatchObject({ ok: true });
  });
});
