import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readPackageZip } from '../../src/backend/packages/zip-read';
import { writePackageZip } from '../../src/backend/packages/zip-write';
import { unsealPrivateKey } from '../../src/backend/packages/sealed-key';
import { signerOf } from '../../src/backend/packages/signers';
import { buildExchange } from '../../src/backend/services/exchange/out/build';
import { scopeOf } from '../../src/backend/services/publications/select';
import { DB_FILE } from '../../src/backend/workspace/open';
import { insertEntry, seedListScene } from '../backend/publications-fixtures';
import { qcd } from '../helpers/cli';
import { tempDir } from '../helpers/workspace';
import { snap, type AppPage } from './support/browser';
import { PASSWORD, type Workspace } from './support/host';
import { signInTo } from './support/sign-in';
import { appSuite } from './support/suite';
import { ExchangePage } from './pages/exchange-page';
import { TrustPage, type PartnerKey } from './pages/trust-page';

const PARTNER = { agencyCode: '11430100MB1234567X', agencyName: '长沙市市场监督管理局' };
const OURS = { agencyCode: '11440100MB0000001X', agencyName: '广州市市场监督管理局' };

type Partner = {
  key: PartnerKey; packageFile: string; entries: number;
  /** The partner's entry named like our first demo firm, without a code. */
  namesake: string;
  /** The partner's workspace and CLI arguments, to import what we issue there. */
  ws: string; as: string[];
  /** Our key, as the partner registers it; and the passphrase both agencies' keys use here. */
  ours: { pem: string; fingerprint: string }; passphrase: string;
};

function run(what: string, ...args: string[]): unknown {
  const r = qcd(...args, '--json');
  if (r.status !== 0) throw new Error(`${what} failed (${r.status}): ${r.stdout}${r.stderr}`);
  return r.json();
}

/**
 * The partner agency in a workspace of its own, through the real CLI: a signing key, its list
 * (the backend fixtures' scene) and a signed snapshot of its blacklist; and our agency registered
 * in the app's workspace (a package addressed to agencies needs to know who we are).
 */
function preparePartner(dir: string, ours: Workspace): Partner {
  const ws = join(dir, 'partner');
  const pw = join(dir, 'pw');
  const pp = join(dir, 'pp');
  writeFileSync(pw, `${PASSWORD}\n`);
  writeFileSync(pp, 'Partner-sign-2026\n');
  const as = ['--user', 'admin', '--password-file', pw];
  run('qcd init', 'init', '--workspace', ws, '--password-file', pw);
  run('partner key', 'keys', 'generate', '--workspace', ws, '--alg', 'ed25519', '--passphrase-file', pp, '--agency', PARTNER.agencyCode, '--name', PARTNER.agencyName, ...as);
  const ourDb = new Database(join(ours.dir, DB_FILE), { readonly: true });
  const namesake = ourDb.prepare('SELECT name FROM enterprises ORDER BY id LIMIT 1').pluck().get() as string;
  ourDb.close();
  const db = new Database(join(ws, DB_FILE));
  try {
    seedListScene(db);
    // Named like one of our demo firms but without a code: it waits for a person in 待识别企业.
    insertEntry(db, { uid: 'QL-0010', name: namesake, state: 'active', listedOn: '2026-04-01' });
  } finally {
    db.close();
  }
  const keys = run('partner keys', 'keys', 'list', '--workspace', ws) as { keys: { spkiPem: string; fingerprint: string }[] };
  const key = keys.keys[0];
  if (!key) throw new Error('the partner has no key');
  const packageFile = join(dir, 'changsha-black-1.qcp');
  const exported = run('export', 'exchange', 'export', '--workspace', ws, '--stream', 'black', '--snapshot', '--passphrase-file', pp, '--out', packageFile, ...as) as {
    package: { stats: { entries: number } };
  };
  run('our key', 'keys', 'generate', '--workspace', ours.dir, '--alg', 'ed25519', '--passphrase-file', pp, '--agency', OURS.agencyCode, '--name', OURS.agencyName,
    '--user', 'admin', '--password-file', ours.passwordFile);
  const ourKey = (run('our keys', 'keys', 'list', '--workspace', ours.dir) as { keys: { spkiPem: string; fingerprint: string }[] }).keys[0];
  if (!ourKey) throw new Error('our workspace has no key');
  return {
    key: { ...PARTNER, pem: key.spkiPem, fingerprint: key.fingerprint }, packageFile, entries: exported.package.stats.entries, namesake,
    ws, as, ours: { pem: ourKey.spkiPem, fingerprint: ourKey.fingerprint }, passphrase: 'Partner-sign-2026',
  };
}

/**
 * The package re-written in its own ZIP profile with one byte of its first data file flipped: a
 * well-formed ZIP whose manifest and signatures are untouched, so only that file's digest tells.
 */
function withDataByteFlipped(good: Uint8Array): Uint8Array {
  const read = readPackageZip(good);
  if (!read.ok) throw new Error(read.error.message);
  const target = read.value.find((e) => e.path.startsWith('data/'))?.path;
  if (!target) throw new Error('no data file in the package');
  return writePackageZip(read.value.map((e) => {
    const bytes = Uint8Array.from(e.bytes);
    if (e.path === target) bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    return { path: e.path, bytes, store: e.path === 'mimetype' || e.path.startsWith('META-INF/manifest.sig.') };
  }));
}

/** Rows that an import writes: equal before and after means nothing was written. */
function importedRows(ws: Workspace): number[] {
  const db = new Database(join(ws.dir, DB_FILE), { readonly: true });
  try {
    return ['list_entries', 'packages_in', 'streams_in'].map((table) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number);
  } finally {
    db.close();
  }
}

describe('exchange with a partner agency: its key registered, its package previewed and imported, a tampered copy refused', () => {
  const files = tempDir('qcd-e2e-exchange-');
  afterAll(() => files.cleanup());
  let partner: Partner | undefined;
  const suite = appSuite({ demo: { enterprises: 20, seed: 'exchange' }, prepare: (ws) => (partner = preparePartner(files.dir, ws)) });
  const given = () => {
    if (!partner) throw new Error('the partner was not prepared');
    return partner;
  };
  let app: AppPage | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  const signIn = (username: string, label: string): Promise<AppPage> => signInTo(suite, username, label);

  it('before the key is trusted, the package is refused with E_KEY_UNKNOWN and the signer shown as not trusted', async () => {
    app = await signIn('officer', '互联共享');
    const exchange = new ExchangePage(app.page);
    await exchange.heading.waitFor();
    await app.page.getByTestId('ex-empty').waitFor();
    await snap(app.page, 'exchange-empty');
    expect(await exchange.open(given().packageFile)).toBe('refused');
    expect((await exchange.code.innerText()).trim()).toBe('E_KEY_UNKNOWN');
    expect(await exchange.explanation.innerText()).toContain('签名公钥不在信任列表中');
    expect(await app.page.getByRole('button', { name: '导入', exact: true }).count()).toBe(0);
    await snap(app.page, 'exchange-untrusted');
    expect(app.problems).toEqual([]);
  });

  it('the administrator registers the partner key only with the whole fingerprint confirmed', async () => {
    const { key } = given();
    app = await signIn('admin', '合作机构公钥');
    const trust = new TrustPage(app.page);
    await trust.settled();
    expect(await trust.table.innerText()).toContain('尚未登记任何合作机构的公钥');
    await snap(app.page, 'trust-empty');
    // One digit wrong: refused at the fingerprint field, nothing saved.
    const last = key.fingerprint.at(-1) === '0' ? '1' : '0';
    await trust.fill({ ...key, fingerprint: `${key.fingerprint.slice(0, -1)}${last}` });
    await trust.save();
    await trust.addDialog.getByText(/指纹/).and(app.page.locator('.ant-form-item-explain-error')).waitFor();
    await snap(app.page, 'trust-fingerprint-mismatch');
    await trust.fill(key);
    await trust.save();
    await trust.addDialog.waitFor({ state: 'hidden' });
    await trust.settled();
    expect(await trust.rows.count()).toBe(1);
    const cells = await trust.cells(0);
    expect(cells.join(' ')).toContain(PARTNER.agencyName);
    expect(cells).toContain(key.fingerprint);
    expect(cells).toContain('有效');
    await snap(app.page, 'trust-list');
    expect(app.problems).toEqual([]);
  });

  it('with the key trusted, a copy with one byte flipped is still refused with its code, and nothing is written', async () => {
    const good = readFileSync(given().packageFile);
    // A byte flipped in the file as stored: the ZIP's own checks already refuse it.
    const bad = Buffer.from(good);
    const sigAt = bad.indexOf(Buffer.from('META-INF/manifest.sig.ed25519')) + 'META-INF/manifest.sig.ed25519'.length + 5;
    bad[sigAt] = (bad[sigAt] ?? 0) ^ 0x01;
    const tampered = join(files.dir, 'tampered.qcp');
    writeFileSync(tampered, bad);
    const before = importedRows(suite.workspace);

    app = await signIn('officer', '互联共享');
    const exchange = new ExchangePage(app.page);
    expect(await exchange.open(tampered)).toBe('refused');
    const code = (await exchange.code.innerText()).trim();
    expect(code).toMatch(/^E_[A-Z_]+$/);
    expect((await exchange.explanation.innerText()).trim()).toMatch(/[\u4e00-\u9fff]/);
    expect(await exchange.verdict.innerText()).toContain('不能导入：tampered.qcp');
    expect(await app.page.getByRole('button', { name: '导入', exact: true }).count()).toBe(0);
    await snap(app.page, 'exchange-tampered');
    expect(importedRows(suite.workspace)).toEqual(before);

    // One byte of a data file inside an otherwise well-formed package: its digest gives it away.
    const changed = join(files.dir, 'changed.qcp');
    writeFileSync(changed, withDataByteFlipped(good));
    expect(await exchange.open(changed)).toBe('refused');
    expect((await exchange.code.innerText()).trim()).toBe('E_DIGEST_MISMATCH');
    expect(await exchange.explanation.innerText()).toContain('文件在签名后被改动');
    expect(await app.page.getByRole('button', { name: '导入', exact: true }).count()).toBe(0);
    await snap(app.page, 'exchange-file-changed');
    expect(importedRows(suite.workspace)).toEqual(before);
    expect(app.problems).toEqual([]);
  });

  it('the officer previews the package (signer, stream, counts), imports it after a confirmation, and sees the entries', async () => {
    const { key, packageFile, entries } = given();
    app = await signIn('officer', '互联共享');
    const exchange = new ExchangePage(app.page);
    expect(await exchange.open(packageFile)).toBe('acceptable');
    expect(await exchange.issuer.innerText()).toBe(PARTNER.agencyName);
    expect(await app.page.getByTestId('ex-sequence').innerText()).toBe('1');
    expect(await exchange.counts.innerText()).toBe(`新增 ${entries} 条，变更 0 条，移出 0 条，撤下 0 条，未变 0 条`);
    expect(await app.page.getByTestId('ex-matches').innerText()).toMatch(/待识别 1 条/);
    const signers = await exchange.signerRows();
    expect(signers.map((s) => [s[1], s[2]])).toEqual([[key.fingerprint, `已登记的合作机关密钥：${PARTNER.agencyName}`]]);
    expect(await exchange.changes.count()).toBe(entries);
    const previewed = await exchange.changes.allInnerTexts();
    expect(previewed.join('\n')).toContain('湖南湘江食品有限公司');
    await snap(app.page, 'exchange-preview');
    await exchange.signers.first().scrollIntoViewIfNeeded();
    await snap(app.page, 'exchange-preview-changes');

    await app.page.getByRole('button', { name: '导入', exact: true }).click();
    await exchange.confirmDialog.waitFor();
    expect(await exchange.confirmDialog.innerText()).toContain(`新增 ${entries} 条`);
    expect(await exchange.confirmDialog.innerText()).toContain('不能撤销');
    await snap(app.page, 'exchange-confirm');
    await exchange.confirmDialog.getByRole('button', { name: '确定导入' }).click();
    await exchange.applied.waitFor({ timeout: 60_000 });
    expect(await exchange.applied.innerText()).toContain(`已导入“${PARTNER.agencyName}”第 1 期：新增 ${entries} 条`);
    await snap(app.page, 'exchange-applied');

    await exchange.tab('外部名单记录');
    const names = await exchange.entryNames();
    expect(names).toHaveLength(entries);
    expect(names).toContain('湖南湘江食品有限公司');
    await snap(app.page, 'exchange-entries');
    await exchange.tab('数据流');
    const incoming = app.page.getByTestId('ex-incoming');
    await incoming.getByText(PARTNER.agencyName).waitFor();
    expect(await incoming.innerText()).toContain('正常');
    await snap(app.page, 'exchange-streams');

    // The entry named without a code waits for a person; deciding 'same' links it.
    const { namesake } = given();
    await exchange.tab('待识别企业');
    const waiting = app.page.getByTestId('ex-review-item');
    await waiting.first().waitFor();
    expect(await waiting.count()).toBe(1);
    expect(await waiting.innerText()).toContain(namesake);
    expect(await waiting.innerText()).toContain('得分构成');
    await snap(app.page, 'exchange-review');
    await waiting.getByRole('button', { name: '是同一企业' }).first().click();
    await app.page.getByText(/已确认为同一企业并关联 \d+ 条记录/).waitFor();
    await app.page.getByText('没有待识别的外部名单记录。').waitFor();
    await snap(app.page, 'exchange-review-done');

    // The same package again: nothing to do.
    await exchange.tab('导入数据包');
    expect(await exchange.open(packageFile)).toBe('already-imported');
    expect(app.problems).toEqual([]);
  });

  it('the administrator imports the partner key rotation after comparing the new fingerprint; the old key then covers only earlier packages', async () => {
    const { ws, as } = given();
    const pp2 = join(files.dir, 'pp2');
    writeFileSync(pp2, 'Partner-sign-2027\n');
    const rotationFile = join(files.dir, 'changsha-keys-1.qcp');
    const rotated = run('partner rotates', 'keys', 'rotate', '--workspace', ws, '--alg', 'ed25519', '--passphrase-file', join(files.dir, 'pp'),
      '--new-passphrase-file', pp2, '--out', rotationFile, ...as) as { key: { fingerprint: string } };
    app = await signIn('admin', '合作机构公钥');
    const trust = new TrustPage(app.page);
    await trust.settled();
    await app.page.getByRole('button', { name: '导入密钥轮换包' }).click();
    const dialog = app.page.getByRole('dialog', { name: '导入合作机构的密钥轮换包' });
    await dialog.waitFor();
    await dialog.locator('input[type=file]').setInputFiles(rotationFile);
    await dialog.getByTestId('trust-rotate-preview').waitFor();
    expect(await dialog.getByTestId('trust-rotate-new').innerText()).toBe(rotated.key.fingerprint);
    expect(await dialog.innerText()).toMatch(/exchange\/black 第 \d+ 号及以前/);
    await snap(app.page, 'trust-rotate-preview');
    await dialog.getByRole('button', { name: '核对无误，轮换' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await trust.settled();
    expect(await trust.rows.count()).toBe(2);
    expect((await trust.cells(0)).join(' ')).toContain('已轮换');
    expect((await trust.cells(1)).join(' ')).toContain(rotated.key.fingerprint);
    await snap(app.page, 'trust-rotated');
    expect(app.problems).toEqual([]);
  });

  it('the administrator revokes the partner key behind a confirmation; the registry keeps it, marked revoked', async () => {
    app = await signIn('admin', '合作机构公钥');
    const trust = new TrustPage(app.page);
    await trust.settled();
    await trust.rows.first().getByRole('button', { name: '吊销' }).click();
    const dialog = app.page.getByRole('dialog', { name: `吊销“${PARTNER.agencyName}”的公钥` });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('此操作不可撤销');
    await dialog.getByRole('button', { name: '确定吊销' }).click();
    await dialog.getByText('请填写吊销原因').waitFor();
    await dialog.getByLabel('吊销原因').fill('对方机构来函：私钥疑似泄露');
    await snap(app.page, 'trust-revoke-confirm');
    await dialog.getByRole('button', { name: '确定吊销' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await trust.settled();
    const cells = await trust.cells(0);
    expect(cells.join(' ')).toContain('已吊销');
    expect(await trust.rows.first().getByRole('button', { name: '吊销' }).count()).toBe(0);
    await snap(app.page, 'trust-revoked');
    expect(app.problems).toEqual([]);
  });

  it('the reviewer issues our snapshot and downloads it; the partner imports it with the CLI', async () => {
    const { ws, as, ours, passphrase } = given();
    app = await signIn('reviewer', '互联共享');
    const exchange = new ExchangePage(app.page);
    await exchange.tab('生成数据包');
    const form = app.page.getByTestId('ex-export');
    await form.getByRole('radio', { name: /^全量/ }).check();
    await form.getByLabel('私钥口令').fill(passphrase);
    await snap(app.page, 'exchange-export');
    const [download] = await Promise.all([app.page.waitForEvent('download'), form.getByRole('button', { name: '生成并下载' }).click()]);
    const issued = join(files.dir, download.suggestedFilename());
    await download.saveAs(issued);
    expect(download.suggestedFilename()).toMatch(/^11440100MB0000001X_.*\.qcp$/);
    await app.page.getByText(/已生成第 1 期（全量快照/).waitFor();
    await exchange.tab('数据流');
    await app.page.getByTestId('ex-streams').and(app.page.locator('[aria-busy="false"]')).waitFor();
    await snap(app.page, 'exchange-streams-outgoing');

    // The partner trusts our key (fingerprint confirmed) and imports the file we downloaded.
    const pem = join(files.dir, 'ours.pem');
    writeFileSync(pem, ours.pem);
    run('partner trusts us', 'trust', 'add', '--workspace', ws, '--agency', OURS.agencyCode, '--name', OURS.agencyName, '--pem', pem, '--fingerprint', ours.fingerprint, ...as);
    expect(run('partner imports', 'exchange', 'import', '--workspace', ws, issued, ...as)).toMatchObject({ ok: true, outcome: 'applied', sequence: 1 });
    expect(app.problems).toEqual([]);
  });

  it('an expired package: the officer is told who may import it; the reviewer records a reason, checks it again and imports it', async () => {
    const { ws } = given();
    // Signed by the partner's current key (rotated above, still trusted), on a stream we have not received yet.
    const db = new Database(join(ws, DB_FILE), { readonly: true });
    let bytes: Uint8Array;
    try {
      const sealed = db.prepare("SELECT sealed FROM signing_keys WHERE status = 'active'").pluck().get() as string;
      const key = await unsealPrivateKey(sealed, 'Partner-sign-2027');
      if (!key.ok) throw new Error('unseal');
      const built = buildExchange(db, {
        scope: scopeOf('red'), agency: { code: PARTNER.agencyCode, name: PARTNER.agencyName }, signers: [signerOf(key.value)], appVersion: 'test',
        snapshot: true, audience: ['*'], sequence: 1, issuedAt: '2026-01-05T09:00:00+08:00', expiresAt: '2026-02-05T09:00:00+08:00', previous: new Map(),
      });
      if (!built.ok) throw new Error(built.error.code);
      bytes = built.value.bytes;
    } finally {
      db.close();
    }
    const expired = join(files.dir, 'changsha-red-expired.qcp');
    writeFileSync(expired, bytes);
    app = await signIn('officer', '互联共享');
    let exchange = new ExchangePage(app.page);
    expect(await exchange.open(expired)).toBe('refused');
    expect(await exchange.code.innerText()).toBe('E_EXPIRED');
    expect(await app.page.getByTestId('ex-expired-officer').innerText()).toContain('只有审核人或管理员');
    await app.close();

    app = await signIn('reviewer', '互联共享');
    exchange = new ExchangePage(app.page);
    expect(await exchange.open(expired)).toBe('refused');
    const override = app.page.getByTestId('ex-expired-override');
    const recheck = override.getByRole('button', { name: '记录理由并重新检查' });
    expect(await recheck.isDisabled()).toBe(true);
    await override.getByLabel('导入过期数据包的理由').fill('长沙市局 2026 年 2 月 3 日来函确认延期');
    await snap(app.page, 'exchange-expired-override');
    await recheck.click();
    await app.page.getByTestId('ex-expired-accepted').waitFor({ timeout: 60_000 });
    expect(await exchange.verdict.getAttribute('data-verdict')).toBe('acceptable');
    await exchange.preview.getByRole('button', { name: '导入', exact: true }).click();
    await exchange.confirmDialog.waitFor();
    await exchange.confirmDialog.getByRole('button', { name: '确定导入' }).click();
    await exchange.applied.waitFor({ timeout: 60_000 });
    await snap(app.page, 'exchange-expired-applied');
    const ours = new Database(join(suite.workspace.dir, DB_FILE), { readonly: true });
    try {
      const audit = ours.prepare("SELECT after_json FROM audit_log WHERE action = 'exchange:import' ORDER BY seq DESC LIMIT 1").pluck().get() as string;
      expect(JSON.parse(audit)).toMatchObject({ streamId: 'exchange/red', expiredOverride: { reason: '长沙市局 2026 年 2 月 3 日来函确认延期' } });
    } finally {
      ours.close();
    }
    expect(app.problems).toEqual([]);
  });
});
