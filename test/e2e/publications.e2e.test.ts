import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readPackageZip } from '../../src/backend/packages/zip-read';
import { writePackageZip } from '../../src/backend/packages/zip-write';
import { qcd } from '../helpers/cli';
import { tempDir } from '../helpers/workspace';
import { snap, type AppPage } from './support/browser';
import { ROOT } from './support/host';
import { seedBlacklist, type SeededList } from './support/list-entries';
import { signInTo } from './support/sign-in';
import { appSuite } from './support/suite';
import { AppShell } from './pages/app-shell';
import { KeysPage } from './pages/keys-page';
import { PublicationsPage } from './pages/publications-page';
import { VerifyPage } from './pages/verify-page';

const PASSPHRASE = '签名口令 Sign-2026';
const AGENCY = { name: '长沙市市场监督管理局', code: '11430100MB1234567X' };
const DOC_NO = '长市监信公〔2026〕12号';
const FINGERPRINT = /^[0-9a-f]{4}( [0-9a-f]{4}){15}$/;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The package re-written in its own ZIP profile with one byte of one file changed: a well-formed
 * ZIP whose manifest and signatures are untouched, so only that file's digest gives it away.
 */
function withFileChanged(good: Uint8Array, path: string): Uint8Array {
  const read = readPackageZip(good);
  if (!read.ok) throw new Error(read.error.message);
  return writePackageZip(read.value.map((e) => {
    const bytes = Uint8Array.from(e.bytes);
    if (e.path === path) bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    return { path: e.path, bytes, store: e.path === 'mimetype' || e.path.startsWith('META-INF/manifest.sig.') };
  }));
}

describe('signing keys, a publication, and verifying it in the app', () => {
  let seeded: SeededList | undefined;
  const suite = appSuite({ demo: { enterprises: 20, seed: '55' }, prepare: (ws) => (seeded = seedBlacklist(ws)) });
  const files = tempDir('qcd-e2e-pub-');
  afterAll(() => files.cleanup());
  const list = () => {
    if (!seeded) throw new Error('the list was not seeded');
    return seeded;
  };
  let app: AppPage | undefined;
  /** The package downloaded in the app, for the verification tests. */
  let downloaded = '';

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  const signIn = (username: string, label: string): Promise<AppPage> => signInTo(suite, username, label);

  it('without a key, the publications page says so and leads to the keys page', async () => {
    app = await signIn('reviewer', '定期公布');
    const publications = new PublicationsPage(app.page);
    await publications.noKey.waitFor();
    expect(await publications.noKey.innerText()).toContain('尚无签名密钥，不能发布公告');
    expect(await publications.form.count()).toBe(0);
    expect(await publications.table.innerText()).toContain('尚未发布公告。');
    expect(await publications.table.innerText()).not.toContain('填写上方表单');
    await snap(app.page, 'publications-no-key');
    await publications.noKey.getByRole('button', { name: '前往签名密钥' }).click();
    const keys = new KeysPage(app.page);
    await keys.heading.waitFor();
    await keys.settled();
    expect(await keys.table.innerText()).toContain('请联系管理员生成本机关的签名密钥');
    // A reviewer can look but not generate.
    expect(await keys.generate.count()).toBe(0);
    await snap(app.page, 'keys-empty-reviewer');
    expect(app.problems).toEqual([]);
  });

  it('the administrator generates an Ed25519 and an SM2 key; the exported public key matches its fingerprint (OpenSSL)', async () => {
    app = await signIn('admin', '签名密钥');
    const keys = new KeysPage(app.page);
    await keys.settled();
    expect(await keys.table.innerText()).toContain('点击“生成密钥”');
    await keys.generate.click();
    await keys.generateDialog.waitFor();
    // The strength hint follows the typing; a mismatched repetition is refused before sending.
    await keys.generateDialog.getByLabel('私钥口令', { exact: true }).fill('abcdefgh');
    await app.page.getByTestId('passphrase-strength').getByText('口令强度：弱').waitFor();
    await keys.generateDialog.getByLabel('私钥口令', { exact: true }).fill(PASSPHRASE);
    await app.page.getByTestId('passphrase-strength').getByText('口令强度：强').waitFor();
    await keys.generateDialog.getByLabel('再次输入口令').fill(`${PASSPHRASE}x`);
    await keys.generateDialog.getByRole('button', { name: '生成', exact: true }).click();
    await keys.generateDialog.getByText('两次输入的密码不一致').waitFor();
    await snap(app.page, 'keys-generate-dialog');
    await keys.generateDialog.getByRole('button', { name: '取消' }).click();
    await keys.generateDialog.waitFor({ state: 'hidden' });

    const shown = await keys.generateKey({ alg: 'Ed25519', passphrase: PASSPHRASE, agency: AGENCY });
    const fingerprint = (await shown.getByTestId('key-fingerprint').innerText()).trim();
    expect(fingerprint).toMatch(FINGERPRINT);
    const pem = (await shown.getByTestId('key-pem').innerText()).trim();
    expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----$/);
    await snap(app.page, 'keys-public-key');
    const download = await keys.exportPublicKey(shown);
    const pemFile = join(files.dir, download.suggestedFilename());
    await download.saveAs(pemFile);
    expect(download.suggestedFilename()).toMatch(/^11430100MB1234567X_ed25519_[0-9a-f]{16}\.pem$/);
    expect(readFileSync(pemFile, 'utf8').trim()).toBe(pem);
    // Anyone computes the fingerprint from the file with OpenSSL alone (formats.md §2).
    const der = execFileSync('openssl', ['pkey', '-pubin', '-in', pemFile, '-outform', 'DER']);
    expect(sha256(der)).toBe(fingerprint.replaceAll(' ', ''));
    await keys.closePublicKey();

    // The second key shares the passphrase (the dialog says so).
    await keys.generate.click();
    await keys.generateDialog.getByText('所有密钥共用一个口令').waitFor();
    await keys.generateDialog.getByRole('button', { name: '取消' }).click();
    await keys.generateKey({ alg: 'SM2', passphrase: PASSPHRASE });
    await keys.closePublicKey();
    await keys.settled();
    expect(await keys.rows.count()).toBe(2);
    const [alg, fp, status] = await keys.cells(0);
    expect([alg, fp, status]).toEqual(['Ed25519', fingerprint, '启用']);
    expect((await keys.cells(1)).slice(0, 3)).toEqual([expect.stringMatching(/^SM2/), expect.stringMatching(FINGERPRINT), '启用']);
    expect(await keys.agency.innerText()).toContain(AGENCY.name);
    // Both algorithms have a key: nothing left to generate, only rotation.
    expect(await keys.generate.count()).toBe(0);
    await snap(app.page, 'keys-list');
    expect(app.problems).toEqual([]);
  });

  it('the reviewer previews, issues and downloads a publication; export again gives the identical bytes', async () => {
    const { from, to, active, added, removed, published, left } = list();
    app = await signIn('reviewer', '定期公布');
    const publications = new PublicationsPage(app.page);
    await publications.form.waitFor();
    await snap(app.page, 'publications-form');

    const confirm = await publications.preview({ from, to, docNo: DOC_NO, passphrase: 'wrong-passphrase' });
    expect(await publications.previewCounts()).toEqual({ active: String(active), changes: `新增 ${added} 条，变更 0 条，移出 ${removed} 条` });
    expect(await confirm.innerText()).toContain('公告及其数据包不可更改、不可撤回');
    // A wrong passphrase is refused in the dialog, and nothing is issued.
    await confirm.getByRole('button', { name: '确定发布' }).click();
    await confirm.getByRole('alert').getByText('私钥口令错误').waitFor();
    await confirm.getByRole('button', { name: '取消' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await publications.rows.count()).toBe(0);

    await publications.preview({ from, to, docNo: DOC_NO, passphrase: PASSPHRASE });
    await snap(app.page, 'publications-confirm');
    const manifestSha256 = await publications.confirmIssue();
    expect(manifestSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await publications.issuedDialog.innerText()).toContain(`共 ${published.length} 条记录，第 1 期`);
    await snap(app.page, 'publications-issued');
    const download = await publications.downloadIssued();
    downloaded = join(files.dir, download.suggestedFilename());
    await download.saveAs(downloaded);
    expect(download.suggestedFilename()).toMatch(/^11430100MB1234567X_publication-black_1_\d{8}\.qcp$/);
    await publications.closeIssued();

    await publications.settled();
    const [docNo, listType, period, entries, sequence, , manifest] = await publications.cells(DOC_NO);
    expect([docNo, listType, period, entries, sequence, manifest]).toEqual([DOC_NO, '黑名单（严重违法失信名单及质量失信黑名单）', `${from} — ${to}`, String(published.length), '1', manifestSha256]);
    const again = await publications.exportAgain(DOC_NO);
    const againFile = join(files.dir, 'again.qcp');
    await again.download.saveAs(againFile);
    expect(readFileSync(againFile).equals(readFileSync(downloaded))).toBe(true);
    expect(again.toast).toContain('与发布时逐字节相同');
    expect(again.toast).toContain(sha256(readFileSync(downloaded)));
    await snap(app.page, 'publications-list');

    // The same document number is refused at the last step.
    await publications.preview({ from, to, docNo: DOC_NO, passphrase: PASSPHRASE });
    await publications.confirmDialog.getByRole('button', { name: '确定发布' }).click();
    await publications.confirmDialog.getByRole('alert').getByText(/已.*发布，不能重复发布/).waitFor();
    await publications.confirmDialog.getByRole('button', { name: '取消' }).click();

    // The announcement PDF inside: Chinese names extractable, first page rendered for a person to look at.
    const zip = unzipSync(readFileSync(downloaded));
    const pdf = zip['publication/announcement.pdf'];
    if (!pdf) throw new Error('no announcement in the package');
    const pdfFile = join(files.dir, 'announcement.pdf');
    writeFileSync(pdfFile, pdf);
    const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    for (const name of published) expect(text).toContain(name);
    for (const name of left) expect(text).not.toContain(name);
    expect(text).toContain(DOC_NO);
    const shots = join(ROOT, 'test-results/screenshots');
    mkdirSync(shots, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdfFile, join(files.dir, 'page1')]);
    renameSync(join(files.dir, 'page1.png'), join(shots, 'publications-announcement-page1.png'));
    expect(app.problems).toEqual([]);
  });

  it('verifies the downloaded package in the app: signed by our own keys, every file OK, the records shown', async () => {
    const { published, left } = list();
    app = await signIn('officer', '验证文件');
    const verify = new VerifyPage(app.page);
    await verify.heading.waitFor();
    await app.page.getByTestId('verify-empty').waitFor();
    await snap(app.page, 'verify-empty');
    expect(await verify.open(downloaded)).toBe('verified');
    expect(await verify.verdict.innerText()).toContain(`签名来自“${AGENCY.name}”的可信密钥`);
    const signers = await verify.signerRows();
    expect(signers.map((s) => [s[0], s[2]])).toEqual([['Ed25519', '本机关密钥'], [expect.stringMatching(/^SM2/), '本机关密钥']]);
    const checks = await verify.fileChecks();
    expect(checks.map((c) => c.path)).toEqual(expect.arrayContaining(['data/entries.jsonl', 'data/entries.csv', 'data/entries.xlsx', 'publication/announcement.pdf']));
    expect(checks.every((c) => c.result === '一致')).toBe(true);
    expect(await verify.manifest.innerText()).toContain(DOC_NO);
    expect((await verify.entryNames()).sort()).toEqual([...published].sort());
    for (const name of left) expect(await verify.result.innerText()).not.toContain(name);
    await snap(app.page, 'verify-ok');
    await verify.manifest.scrollIntoViewIfNeeded();
    await snap(app.page, 'verify-ok-manifest');
    await verify.entries.last().scrollIntoViewIfNeeded();
    await snap(app.page, 'verify-ok-records');
    expect(app.problems).toEqual([]);
  });

  it('a copy with one byte flipped fails with the code qcd verify gives, explained in Chinese and in English', async () => {
    const good = readFileSync(downloaded);
    // A byte inside the announcement's stored data: the signature still checks, the file does not.
    const zipped = unzipSync(good);
    const pdf = zipped['publication/announcement.pdf'];
    if (!pdf) throw new Error('no announcement in the package');
    const at = good.indexOf(Buffer.from(pdf.subarray(2000, 2032)));
    const bad = Buffer.from(good);
    const index = at >= 0 ? at + 7 : Math.floor(good.length / 2);
    bad[index] = (bad[index] ?? 0) ^ 0x01;
    const tampered = join(files.dir, 'tampered.qcp');
    writeFileSync(tampered, bad);
    const cli = qcd('verify', tampered, '--json');
    expect(cli.status).toBe(1);
    const code = (cli.json() as { error: { code: string } }).error.code;
    expect(code).toMatch(/^E_[A-Z_]+$/);

    app = await signIn('officer', '验证文件');
    const verify = new VerifyPage(app.page);
    expect(await verify.open(tampered)).toBe('failed');
    expect((await verify.code.innerText()).trim()).toBe(code);
    expect((await verify.explanation.innerText()).trim()).toMatch(/[\u4e00-\u9fff]/);
    expect(await verify.verdict.innerText()).toContain('验证未通过：tampered.qcp');
    await snap(app.page, 'verify-tampered');

    await new AppShell(app.page).switchLanguage('English');
    await app.page.getByText('Verification failed: tampered.qcp').waitFor();
    expect((await verify.code.innerText()).trim()).toBe(code);
    expect((await verify.explanation.innerText()).trim()).toMatch(/^[A-Z][^\u4e00-\u9fff]+$/);
    await snap(app.page, 'verify-tampered-english');
    await new AppShell(app.page).switchLanguage('中文');

    // One file changed inside an otherwise well-formed package: the table names the file.
    const changed = join(files.dir, 'changed.qcp');
    writeFileSync(changed, withFileChanged(good, 'data/entries.csv'));
    const cliChanged = qcd('verify', changed, '--json');
    expect(cliChanged.status).toBe(1);
    const changedCode = (cliChanged.json() as { error: { code: string } }).error.code;
    expect(await verify.open(changed)).toBe('failed');
    expect((await verify.code.innerText()).trim()).toBe(changedCode);
    const checks = await verify.fileChecks();
    expect(checks.filter((c) => c.result === '不一致').map((c) => c.path)).toEqual(['data/entries.csv']);
    expect(checks.filter((c) => c.result === '一致').length).toBe(checks.length - 1);
    await snap(app.page, 'verify-file-changed');
    expect(app.problems).toEqual([]);
  });

  it('the administrator rotates the Ed25519 key behind a confirmation; the rotation package verifies in the app', async () => {
    app = await signIn('admin', '签名密钥');
    const keys = new KeysPage(app.page);
    await keys.settled();
    const [, oldFingerprint] = await keys.cells(0);
    await keys.rotate.click();
    await keys.rotateDialog.waitFor();
    expect(await keys.rotateDialog.innerText()).toContain('此操作不可撤销');
    await keys.rotateDialog.getByLabel('现有口令').fill(PASSPHRASE);
    await keys.rotateDialog.getByLabel('新口令', { exact: true }).fill(PASSPHRASE);
    await keys.rotateDialog.getByLabel('再次输入新口令').fill(PASSPHRASE);
    await snap(app.page, 'keys-rotate-confirm');
    await keys.rotateDialog.getByRole('button', { name: '确定轮换' }).click();
    await keys.rotateDialog.waitFor({ state: 'hidden', timeout: 60_000 });
    await app.page.getByTestId('keys-rotated').waitFor();
    await keys.settled();
    await app.page.getByTestId('rotation-packages').waitFor();
    expect(await keys.rows.count()).toBe(3);
    expect((await keys.cells(0)).slice(1, 3)).toEqual([oldFingerprint, '已停用']);
    expect((await keys.cells(2))[2]).toBe('启用');
    await snap(app.page, 'keys-rotated');
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('rotation-packages').getByRole('button', { name: '下载' }).click()]);
    const rotation = join(files.dir, download.suggestedFilename());
    await download.saveAs(rotation);
    expect(qcd('verify', rotation, '--json').status).toBe(0);
    await new AppShell(app.page).open('验证文件');
    const verify = new VerifyPage(app.page);
    expect(await verify.open(rotation)).toBe('verified');
    expect(await verify.manifest.innerText()).toContain('key-rotation');
    await snap(app.page, 'verify-rotation');
    // The publication signed with the retired key still verifies: it was issued before the rotation.
    expect(await verify.open(downloaded)).toBe('verified');
    expect(app.problems).toEqual([]);
  });
});
