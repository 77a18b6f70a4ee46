import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Enterprise, EnterpriseDetail, EnterpriseDraftInput, EnterpriseName } from '../../src/contract';
import { testBackend, type TestBackend } from '../helpers/workspace';

const BASE: EnterpriseDraftInput = {
  uscc: '91430100MA4L0B2X6T', name: '长沙属性食品有限公司', regionCode: '430104', industryCode: 'C14',
  legalRepresentative: '赵一', address: '长沙市岳麓区', status: 'active',
};

let clock = new Date('2026-01-10T02:00:00Z');
let b: TestBackend;
let officer: string;
beforeAll(async () => {
  b = await testBackend({ now: () => clock });
  officer = await b.login('officer');
});
afterAll(() => b.cleanup());

const create = async (draft: EnterpriseDraftInput) => (await b.value('enterprises:create', draft, officer)) as Enterprise;
const count = () => b.ws.db.prepare('SELECT count(*) FROM enterprises').pluck().get();

describe('enterprise attributes', () => {
  it('derives aliases from the USCC and stores the optional attributes', async () => {
    const e = await create({ ...BASE, registrationNumber: '１１０１０５ ００００００１１５', size: '小型', chiefQualityOfficer: ' 钱二 ', keyProduct: true });
    expect(e).toMatchObject({
      orgCode: 'MA4L0B2X6', orgCodeValid: true, registrationRegionCode: '430100', registrationRegionName: '湖南省长沙市',
      registrationNumber: '110105000000115', entityType: '企业', size: '小型', chiefQualityOfficer: '钱二', keyProduct: true,
    });
    // An older form that sends none of the new fields must not wipe them.
    const kept = (await b.value('enterprises:update', { id: e.id, draft: { ...BASE, address: '新地址' } }, officer)) as Enterprise;
    expect(kept).toMatchObject({ registrationNumber: '110105000000115', size: '小型', chiefQualityOfficer: '钱二', keyProduct: true, address: '新地址' });
    const cleared = (await b.value('enterprises:update', { id: e.id, draft: { ...BASE, registrationNumber: null, size: null, keyProduct: false } }, officer)) as Enterprise;
    expect(cleared).toMatchObject({ registrationNumber: null, size: null, keyProduct: false, chiefQualityOfficer: '钱二' });
  });

  it('refuses an invalid registration number with a clear message, writing nothing', async () => {
    const before = count();
    const r = await b.call('enterprises:create', { ...BASE, uscc: '91430104MA4PXXX01T', registrationNumber: '110105000000116' }, officer);
    expect(r).toMatchObject({ ok: false, error: { code: 'E_REGISTRATION_NUMBER_INVALID', details: { field: 'registrationNumber' } } });
    if (!r.ok) expect(r.error.message).toBe('注册号无效：按 GS 15-2006 计算第 15 位应为 5，请核对是否录错');
    expect(count()).toBe(before);
  });

  it('refuses an unknown entity type or size', async () => {
    const bad = [{ entityType: '公司' }, { size: '巨型' }, { keyProduct: 'yes' }];
    for (const extra of bad) {
      expect(await b.call('enterprises:create', { ...BASE, uscc: '91430104MA4PXXX01T', ...extra } as EnterpriseDraftInput, officer), JSON.stringify(extra))
        .toMatchObject({ ok: false, error: { code: 'E_VALIDATION' } });
    }
  });

  it('defaults the entity type from the USCC and reports an invalid organization code', async () => {
    const e = await create({ ...BASE, uscc: '92430111MA4Q12345F', regionCode: '430111', name: '个体测试店' });
    expect(e).toMatchObject({ entityType: '个体工商户', orgCode: 'MA4Q12345', orgCodeValid: false, registrationRegionCode: '430111' });
    const pilot = await create({ ...BASE, uscc: '91350100M0001TGQXM', regionCode: '350100', usccCheckAcknowledged: true, name: '福州试点公司' });
    expect(pilot).toMatchObject({ orgCode: null, orgCodeValid: null, registrationRegionCode: '350100' });
  });
});

describe('enterprises:list filters', () => {
  it('finds by legal representative, region prefix, industry and status, alone and together', async () => {
    await create({ ...BASE, uscc: '91430104123456781B', name: '岳麓过滤机械有限公司', industryCode: 'C34', legalRepresentative: '孙悟空', status: 'revoked' });
    await create({ ...BASE, uscc: '91350200776049653A', regionCode: '350200', name: '厦门过滤贸易有限公司', industryCode: 'F51', legalRepresentative: '孙小圣' });
    const names = async (input: Parameters<TestBackend['value']>[1]) =>
      ((await b.value('enterprises:list', input as never, officer)) as { items: Enterprise[] }).items.map((i) => i.name).filter((n) => n.includes('过滤')).sort();
    expect(await names({ legalRepresentative: '孙' })).toEqual(['厦门过滤贸易有限公司', '岳麓过滤机械有限公司']);
    expect(await names({ legalRepresentative: '孙悟空' })).toEqual(['岳麓过滤机械有限公司']);
    for (const regionPrefix of ['43', '4301', '430100', '430104']) {
      expect(await names({ regionPrefix }), regionPrefix).toEqual(['岳麓过滤机械有限公司']);
    }
    expect(await names({ regionPrefix: '35' })).toEqual(['厦门过滤贸易有限公司']);
    expect(await names({ industryCode: 'C' })).toEqual(['岳麓过滤机械有限公司']);
    expect(await names({ industryCode: 'F51' })).toEqual(['厦门过滤贸易有限公司']);
    expect(await names({ status: 'revoked', legalRepresentative: '孙' })).toEqual(['岳麓过滤机械有限公司']);
    expect(await names({ query: '过滤', regionPrefix: '35', industryCode: 'F' })).toEqual(['厦门过滤贸易有限公司']);
    expect(await b.call('enterprises:list', { regionPrefix: '43*' }, officer)).toMatchObject({ ok: false, error: { code: 'E_VALIDATION' } });
    expect(await b.call('enterprises:list', { industryCode: 'C1?' }, officer)).toMatchObject({ ok: false, error: { code: 'E_VALIDATION' } });
  });
});

describe('name history', () => {
  it('closes the old name and opens the new one on each rename, by Beijing date', async () => {
    clock = new Date('2026-01-10T02:00:00Z');
    const e = await create({ ...BASE, uscc: '91440101MA5CJQ4N59', regionCode: '430104', name: '初名有限公司' });
    // 20:00 UTC is already the next day in Beijing.
    clock = new Date('2026-03-01T20:00:00Z');
    // Sessions expire after 8 idle hours of the (moved) clock.
    officer = await b.login('officer');
    await b.value('enterprises:update', { id: e.id, draft: { ...BASE, uscc: e.uscc, name: '二名有限公司' } }, officer);
    await b.value('enterprises:update', { id: e.id, draft: { ...BASE, uscc: e.uscc, name: '二名有限公司', address: '只改地址' } }, officer);
    clock = new Date('2026-05-20T02:00:00Z');
    officer = await b.login('officer');
    await b.value('enterprises:update', { id: e.id, draft: { ...BASE, uscc: e.uscc, name: '三名有限公司' } }, officer);
    const names = (await b.value('enterprises:names', { id: e.id }, officer)) as EnterpriseName[];
    expect(names).toEqual([
      { name: '三名有限公司', validFrom: '2026-05-20', validTo: null, current: true },
      { name: '二名有限公司', validFrom: '2026-03-02', validTo: '2026-05-20', current: false },
      { name: '初名有限公司', validFrom: '2026-01-10', validTo: '2026-03-02', current: false },
    ]);
    const detail = (await b.value('enterprises:get', { id: e.id }, officer)) as EnterpriseDetail;
    expect(detail.formerNames.map((n) => n.name)).toEqual(['二名有限公司', '初名有限公司']);
    expect(await b.call('enterprises:names', { id: 999_999 }, officer)).toMatchObject({ ok: false, error: { code: 'E_NOT_FOUND' } });
  });
});
