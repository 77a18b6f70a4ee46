import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PASSWORD, testBackend, type TestBackend } from '../helpers/workspace';

let clock = new Date('2026-12-01T02:00:00Z');
let b: TestBackend;
beforeEach(async () => { clock = new Date('2026-12-01T02:00:00Z'); b = await testBackend({ now: () => clock }); });
afterEach(() => b.cleanup());

const actions = async (session: string) =>
  ((await b.value('audit:list', { entity: 'user', pageSize: 100 }, session)) as { items: { action: string; username: string }[] }).items;

describe('sign-in protection', () => {
  it('audits failures, locks after five in a row, and unlocks after the lock time', async () => {
    for (let i = 0; i < 5; i++) {
      expect(await b.call('auth:login', { username: 'officer', password: 'wrong-pass-1' })).toMatchObject({ ok: false, error: { code: 'E_AUTH_FAILED' } });
    }
    const locked = await b.call('auth:login', { username: 'officer', password: PASSWORD });
    expect(locked).toMatchObject({ ok: false, error: { code: 'E_LOGIN_LOCKED' } });
    if (!locked.ok) expect(locked.error.message).toContain('锁定至');
    const admin = await b.login('admin');
    const log = await actions(admin);
    expect(log.filter((a) => a.action === 'auth:login-failed' && a.username === 'officer')).toHaveLength(5);
    expect(log.some((a) => a.action === 'auth:login-refused')).toBe(true);
    clock = new Date(clock.getTime() + 16 * 60_000);
    expect(await b.call('auth:login', { username: 'officer', password: PASSWORD })).toMatchObject({ ok: true });
    expect(await b.value('audit:verify', {}, admin)).toMatchObject({ ok: true });
  });

  it('audits a failed sign-in for a name that does not exist, with the same answer', async () => {
    expect(await b.call('auth:login', { username: 'ghost', password: 'wrong-pass-1' })).toMatchObject({ ok: false, error: { code: 'E_AUTH_FAILED' } });
    const admin = await b.login('admin');
    expect((await actions(admin)).some((a) => a.action === 'auth:login-failed' && a.username === 'ghost')).toBe(true);
  });

  it('lets an administrator reset a password (audited, lock lifted, old sessions ended)', async () => {
    const officerSession = await b.login('officer');
    for (let i = 0; i < 5; i++) await b.call('auth:login', { username: 'officer', password: 'wrong-pass-1' });
    const admin = await b.login('admin');
    const officer = ((await b.value('users:list', {}, admin)) as { id: number; username: string }[]).find((u) => u.username === 'officer');
    expect(await b.call('users:reset-password', { id: officer?.id ?? 0, password: 'short' }, admin)).toMatchObject({ ok: false, error: { code: 'E_PASSWORD_WEAK' } });
    expect(await b.call('users:reset-password', { id: officer?.id ?? 0, password: 'New-pass-2026' }, officer ? officerSession : '')).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    await b.value('users:reset-password', { id: officer?.id ?? 0, password: 'New-pass-2026' }, admin);
    expect(await b.call('enterprises:list', {}, officerSession)).toMatchObject({ ok: false, error: { code: 'E_AUTH_REQUIRED' } });
    expect(await b.call('auth:login', { username: 'officer', password: 'New-pass-2026' })).toMatchObject({ ok: true });
    const reset = (await b.value('audit:list', { entity: 'user', entityId: String(officer?.id) }, admin)) as { items: { action: string; username: string; after: unknown }[] };
    const row = reset.items.find((i) => i.action === 'users:reset-password');
    expect(row).toMatchObject({ username: 'admin', after: { passwordReset: true } });
    expect(JSON.stringify(reset.items)).not.toContain('scrypt$');
  });

  it('disables an account (not one\'s own) and changes one\'s own password', async () => {
    const admin = await b.login('admin');
    const list = (await b.value('users:list', {}, admin)) as { id: number; username: string }[];
    const id = (name: string) => list.find((u) => u.username === name)?.id ?? 0;
    expect(await b.call('users:set-disabled', { id: id('admin'), disabled: true }, admin)).toMatchObject({ ok: false, error: { code: 'E_VALIDATION' } });
    await b.value('users:set-disabled', { id: id('reviewer'), disabled: true }, admin);
    expect(await b.call('auth:login', { username: 'reviewer', password: PASSWORD })).toMatchObject({ ok: false, error: { code: 'E_ACCOUNT_DISABLED' } });
    const officer = await b.login('officer');
    expect(await b.call('auth:change-password', { current: 'nope-nope-1', next: 'Next-pass-2026' }, officer)).toMatchObject({ ok: false, error: { code: 'E_AUTH_FAILED' } });
    await b.value('auth:change-password', { current: PASSWORD, next: 'Next-pass-2026' }, officer);
    expect(await b.call('auth:login', { username: 'officer', password: 'Next-pass-2026' })).toMatchObject({ ok: true });
  });

  it('keeps settings, changed by administrators only', async () => {
    const officer = await b.login('officer');
    expect(await b.value('settings:get', {}, officer)).toEqual({ idleLockMinutes: 15 });
    expect(await b.call('settings:update', { idleLockMinutes: 5 }, officer)).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    const admin = await b.login('admin');
    await b.value('settings:update', { idleLockMinutes: 5 }, admin);
    expect(await b.value('settings:get', {}, officer)).toEqual({ idleLockMinutes: 5 });
  });
});
