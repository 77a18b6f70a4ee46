import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/workspace';

const DRAFT = {
  uscc: '91430100MA4L0B2X6T', name: '长沙测试食品有限公司', regionCode: '430104', industryCode: 'C14',
  legalRepresentative: '张三', address: '湖南省长沙市岳麓区麓山路1号', status: 'active' as const,
};

let b: TestBackend;
beforeEach(async () => { b = await testBackend(); });
afterEach(() => b.cleanup());

describe('router: roles are checked by the backend', () => {
  it('refuses a call without a session', async () => {
    const r = await b.call('enterprises:list', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'E_AUTH_REQUIRED' } });
  });

  it('refuses a role that the contract does not allow, and writes nothing', async () => {
    const reviewer = await b.login('reviewer');
    const r = await b.call('enterprises:create', DRAFT, reviewer);
    expect(r).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN', message: '当前角色无权执行此操作' } });
    const officer = await b.login('officer');
    expect(await b.call('users:create', { username: 'eve', displayName: 'x', role: 'admin', password: 'abcdefg123' }, officer))
      .toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    expect(b.ws.db.prepare('SELECT count(*) FROM enterprises').pluck().get()).toBe(0);
  });

  it('refuses an unknown channel and invalid input with stable codes', async () => {
    const admin = await b.login('admin');
    expect(await b.router.call({ requestId: 'x', channel: 'db:drop', input: {}, session: admin }))
      .toMatchObject({ ok: false, error: { code: 'E_UNKNOWN_CHANNEL' } });
    expect(await b.call('enterprises:get', { id: -1 }, admin)).toMatchObject({ ok: false, error: { code: 'E_VALIDATION' } });
    // zod itself throws on this one (found by the hostile-input test): still invalid input, not E_INTERNAL.
    expect(await b.router.call({ requestId: 'y', channel: 'keys:rotate', input: { newPassphrase: { length: Object.create(null) } }, session: admin }))
      .toMatchObject({ ok: false, error: { code: 'E_VALIDATION' } });
  });

  it('refuses a second first-start administrator', async () => {
    expect(await b.call('setup:create-admin', { username: 'mallory', displayName: 'M', password: 'abcdefg123' }))
      .toMatchObject({ ok: false, error: { code: 'E_SETUP_DONE' } });
  });

  it('rejects wrong passwords with the same message as unknown names', async () => {
    const a = await b.call('auth:login', { username: 'admin', password: 'nope-nope-1' });
    const c = await b.call('auth:login', { username: 'nobody', password: 'nope-nope-1' });
    expect(a).toEqual(c);
    expect(a).toMatchObject({ ok: false, error: { code: 'E_AUTH_FAILED' } });
  });
});

describe('enterprises', () => {
  it('refuses an invalid USCC with a clear Chinese message naming the expected check character', async () => {
    const officer = await b.login('officer');
    const bad = { ...DRAFT, uscc: '91430100MA4L0B2X6A' };
    const r = await b.call('enterprises:create', bad, officer);
    expect(r).toMatchObject({ ok: false, error: { code: 'E_USCC_CHECK', details: { field: 'uscc', expected: 'T' } } });
    if (!r.ok) expect(r.error.message).toContain('第 18 位应为 T');
    expect(await b.call('enterprises:create', { ...DRAFT, uscc: '123' }, officer))
      .toMatchObject({ ok: false, error: { code: 'E_USCC_FORMAT' } });
  });

  it('keeps a failing code only with an explicit acknowledgement', async () => {
    const officer = await b.login('officer');
    const r = await b.call('enterprises:create', { ...DRAFT, uscc: '91350100M0001TGQXM', regionCode: '350100', usccCheckAcknowledged: true }, officer);
    expect(r).toMatchObject({ ok: true, value: { usccCheckAcknowledged: true } });
  });

  it('creates, finds by name part and by USCC, updates, and audits each change', async () => {
    const officer = await b.login('officer');
    const created = (await b.value('enterprises:create', { ...DRAFT, uscc: ' 91430100ma4l0b2x6t ' }, officer)) as { id: number; uscc: string; regionName: string };
    expect(created.uscc).toBe('91430100MA4L0B2X6T');
    expect(created.regionName).toBe('湖南省长沙市岳麓区');
    for (const query of ['测试', '测试食品', '91430100MA4L0B2X6T', 'MA4L0B']) {
      const page = (await b.value('enterprises:list', { query }, officer)) as { total: number; items: { id: number }[] };
      expect(page.total, query).toBe(1);
      expect(page.items[0]?.id).toBe(created.id);
    }
    expect(await b.call('enterprises:create', DRAFT, officer)).toMatchObject({ ok: false, error: { code: 'E_USCC_DUPLICATE' } });
    await b.value('enterprises:update', { id: created.id, draft: { ...DRAFT, name: '长沙改名食品有限公司' } }, officer);
    const admin = await b.login('admin');
    const audit = (await b.value('audit:list', { entity: 'enterprise', entityId: String(created.id) }, admin)) as { items: { action: string; username: string; before: { name?: string } | null }[] };
    expect(audit.items.map((i) => i.action)).toEqual(['enterprises:update', 'enterprises:create']);
    expect(audit.items[0]).toMatchObject({ username: 'officer', before: { name: '长沙测试食品有限公司' } });
    const renamed = (await b.value('enterprises:list', { query: '改名食品' }, officer)) as { total: number };
    expect(renamed.total).toBe(1);
    expect(((await b.value('enterprises:list', { query: '测试食品' }, officer)) as { total: number }).total).toBe(0);
  });

  it('treats search text as text, never as FTS syntax', async () => {
    const officer = await b.login('officer');
    for (const query of ['"', 'a OR b', 'NEAR(x y)', '*', '长沙" OR "', "'; DROP TABLE enterprises; --"]) {
      expect(await b.call('enterprises:list', { query }, officer), query).toMatchObject({ ok: true });
    }
  });
});
