import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/workspace';

let b: TestBackend;
beforeEach(async () => { b = await testBackend(); });
afterEach(() => b.cleanup());

const DRAFT = {
  uscc: '91430100MA4L0B2X6T', name: '长沙备份测试有限公司', regionCode: '430104', industryCode: 'C14',
  legalRepresentative: '李四', address: '', status: 'active' as const,
};

describe('backups through the router', () => {
  it('backs up, restores (signing everyone out), and undoes the restore', async () => {
    let admin = await b.login('admin');
    const backup = (await b.value('backups:create', {}, admin)) as { name: string; kind: string };
    expect(backup.kind).toBe('manual');
    const officer = await b.login('officer');
    await b.value('enterprises:create', DRAFT, officer);
    expect(await b.call('backups:restore', backup, officer)).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });

    const r = await b.call('backups:restore', { name: backup.name }, admin);
    expect(r).toMatchObject({ ok: true, value: { restoredFrom: backup.name } });
    expect(await b.call('enterprises:list', {}, admin)).toMatchObject({ ok: false, error: { code: 'E_AUTH_REQUIRED' } });
    admin = await b.login('admin');
    expect(await b.value('enterprises:list', {}, admin)).toMatchObject({ total: 0 });
    expect(await b.value('audit:verify', {}, admin)).toMatchObject({ ok: true });

    await b.value('backups:undo-restore', {}, admin);
    admin = await b.login('admin');
    expect(await b.value('enterprises:list', {}, admin)).toMatchObject({ total: 1 });
    const kinds = ((await b.value('backups:list', {}, admin)) as { kind: string }[]).map((x) => x.kind);
    expect(kinds.filter((k) => k === 'pre-restore')).toHaveLength(2);
  });

  it('a failed restore keeps the workspace and the sessions', async () => {
    const admin = await b.login('admin');
    expect(await b.call('backups:restore', { name: '../../etc/passwd' }, admin)).toMatchObject({ ok: false, error: { code: 'E_VALIDATION' } });
    expect(await b.call('backups:restore', { name: '20260101T000000000Z-manual.sqlite' }, admin)).toMatchObject({ ok: false, error: { code: 'E_NOT_FOUND' } });
    expect(await b.call('backups:undo-restore', {}, admin)).toMatchObject({ ok: false, error: { code: 'E_NOTHING_TO_UNDO' } });
    expect(await b.call('enterprises:list', {}, admin)).toMatchObject({ ok: true });
  });
});
