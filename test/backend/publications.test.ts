import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutputOf } from '../../src/contract';
import { sha256Hex, sha256Utf8 } from '../../src/backend/packages/digests';
import { openPackage } from '../../src/backend/packages/open';
import { publicKeyFromPem } from '../../src/backend/packages/public-key';
import { unsealPrivateKey } from '../../src/backend/packages/sealed-key';
import { signerOf } from '../../src/backend/packages/signers';
import { fontBytes } from '../../src/backend/pdf/font';
import { buildPublication } from '../../src/backend/services/publications/build';
import { scopeOf } from '../../src/backend/services/publications/select';
import { canonicalJson } from '../../src/core/shared/canonical-json';
import { stateSha256 } from '../../src/core/packages/state-digest';
import { RESOURCES, testBackend, type TestBackend } from '../helpers/workspace';
import { HOSTILE_NAME, seedListScene } from './publications-fixtures';

const PASSPHRASE = '签名口令 Sign-2026';
const AGENCY = { agencyCode: '11430100MB1234567X', agencyName: '长沙市市场监督管理局' };
const ISSUE = { listType: 'black', from: '2026-01-01', to: '2026-06-30', docNo: '长市监信公〔2026〕3号', issuedOn: '2026-07-06', passphrase: PASSPHRASE };

let b: TestBackend;
let reviewer: string;
let issued: OutputOf<'publications:issue'>;
let bytes: Buffer;
let files: Record<string, Uint8Array>;
type Rec = { id: string; status: string; contentSha256: string; subject: { name: string; legalRepresentative?: { idNumber: string } | null; idNumber?: string }; removal: { date: string } | null; history: { transition: string }[] };
let records: Rec[];

beforeAll(async () => {
  b = await testBackend({ now: () => new Date('2026-07-06T02:00:00Z') });
  const admin = await b.login('admin');
  await b.value('keys:generate', { alg: 'ed25519', passphrase: PASSPHRASE, ...AGENCY }, admin);
  seedListScene(b.ws.db);
  reviewer = await b.login('reviewer');
  issued = (await b.value('publications:issue', ISSUE, reviewer)) as OutputOf<'publications:issue'>;
  const exported = (await b.value('publications:export', { docNo: ISSUE.docNo }, reviewer)) as OutputOf<'publications:export'>;
  bytes = Buffer.from(exported.contentBase64, 'base64');
  files = unzipSync(bytes);
  records = Buffer.from(files['data/entries.jsonl'] ?? []).toString('utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Rec);
}, 60_000);
afterAll(() => b.cleanup());

describe('publications:issue', () => {
  it('publishes the list at the cut-off and the period changes, sorted by permanent id', () => {
    expect(records.map((r) => [r.id, r.status])).toEqual([
      ['QL-0001', 'active'], ['QL-0002', 'active'], ['QL-0003', 'removed'], ['QL-0005', 'active'], ['QL-0006', 'active'],
    ]);
    expect(issued.stats).toEqual({ entries: 5, added: 2, amended: 0, removed: 1 });
    expect(issued).toMatchObject({ packageType: 'publication', streamId: 'publication/black', sequence: 1, docNo: ISSUE.docNo, entries: 5 });
    expect(records[2]?.removal?.date).toBe('2026-04-01');
    // Internal procedure steps stay out of the public history.
    expect(records[0]?.history.map((h) => h.transition)).toEqual(['decide', 'publish']);
    expect(records[2]?.history.map((h) => h.transition)).toEqual(['publish', 'approve-removal']);
    // An entry removed after the cut-off still stands as active, without its later removal.
    expect(records[3]?.removal).toBeNull();
  });

  it('masks ID numbers and keeps every record digest and the state digest recomputable', () => {
    expect(records[1]?.subject.legalRepresentative?.idNumber).toBe('4301**********123X');
    expect(records[4]?.subject.idNumber).toBe('4301**********1234');
    expect(Buffer.from(files['data/entries.jsonl'] ?? []).toString('utf8')).not.toContain('43010219900307123X');
    for (const r of records) {
      const { contentSha256, ...rest } = r;
      expect(sha256Utf8(canonicalJson(rest))).toBe(contentSha256);
    }
    const opened = openPackage(bytes, { trust: 'embedded', now: new Date('2026-07-06T02:00:00Z') });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.manifest.stateSha256).toBe(stateSha256(records.map((r) => ({ id: r.id, contentSha256: r.contentSha256 })), sha256Utf8));
    expect(opened.value.manifest).toMatchObject({ listType: 'black', documentNo: ISSUE.docNo, issuedAt: '2026-07-06T00:00:00+08:00', period: { from: '2026-01-01', to: '2026-06-30' } });
    expect(opened.value.manifest.files.map((f) => f.path)).toEqual(['META-INF/signer.pem', 'data/entries.csv', 'data/entries.jsonl', 'data/entries.xlsx', 'publication/announcement.pdf']);
  });

  it('is verified with our own key by packages:inspect, which writes nothing', async () => {
    const before = b.ws.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const r = (await b.value('packages:inspect', { contentBase64: bytes.toString('base64') }, reviewer)) as OutputOf<'packages:inspect'>;
    expect(r).toMatchObject({ verified: true, intact: true, error: null, manifestSha256: issued.manifestSha256 });
    expect(r.signers).toEqual([expect.objectContaining({ alg: 'ed25519', trustedAs: 'own', agencyName: AGENCY.agencyName })]);
    expect(r.files.every((f) => f.matches)).toBe(true);
    expect(r.entries?.total).toBe(5);
    expect(b.ws.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(before);
    const flipped = Buffer.from(bytes);
    const at = flipped.indexOf(Buffer.from('QL-0002'));
    flipped[at + 6] = 0x39;
    const bad = (await b.value('packages:inspect', { contentBase64: flipped.toString('base64') }, reviewer)) as OutputOf<'packages:inspect'>;
    expect(bad.verified).toBe(false);
    expect(bad.error?.code).toMatch(/^E_/);
  });

  it('rebuilds byte for byte from the same database and options; export gives the stored bytes', async () => {
    expect(sha256Hex(bytes)).toBe(issued.packageSha256);
    const row = b.ws.db.prepare("SELECT sealed FROM signing_keys WHERE status = 'active'").get() as { sealed: string };
    const key = await unsealPrivateKey(row.sealed, PASSPHRASE);
    if (!key.ok) throw new Error('unseal');
    const again = await buildPublication(b.ws.db, {
      scope: scopeOf('black'), from: ISSUE.from, to: ISSUE.to, docNo: ISSUE.docNo, issuedOn: ISSUE.issuedOn, sequence: 1,
      agency: { code: AGENCY.agencyCode, name: AGENCY.agencyName }, signers: [signerOf(key.value)], font: fontBytes(RESOURCES), appVersion: 'test',
    });
    expect(again.ok && sha256Hex(again.value.bytes)).toBe(issued.packageSha256);
  });

  it('refuses a second publication with the same document number, a wrong passphrase, officers and bad dates', async () => {
    expect(await b.call('publications:issue', ISSUE, reviewer)).toMatchObject({ ok: false, error: { code: 'E_PUBLICATION_EXISTS' } });
    const next = { ...ISSUE, docNo: '长市监信公〔2026〕4号' };
    expect(await b.call('publications:issue', { ...next, passphrase: 'wrong-passphrase' }, reviewer)).toMatchObject({ ok: false, error: { code: 'E_KEY_PASSPHRASE' } });
    expect(await b.call('publications:issue', next, await b.login('officer'))).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    expect(await b.call('publications:issue', { ...next, issuedOn: '2026-06-29' }, reviewer)).toMatchObject({ ok: false, error: { code: 'E_PUBLICATION_DATE' } });
    expect(await b.call('publications:issue', { ...next, issuedOn: '2026-07-07' }, reviewer)).toMatchObject({ ok: false, error: { code: 'E_PUBLICATION_DATE' } });
    expect(b.ws.db.prepare('SELECT count(*) FROM packages_out').pluck().get()).toBe(1);
    const list = (await b.value('publications:list', {}, reviewer)) as OutputOf<'publications:list'>;
    expect(list).toEqual([expect.objectContaining({ docNo: ISSUE.docNo, size: bytes.length, packageSha256: issued.packageSha256 })]);
  });
});

describe('the people\'s files', () => {
  it('CSV: UTF-8 with BOM, formula neutralised, codes as text', () => {
    const csv = Buffer.from(files['data/entries.csv'] ?? []).toString('utf8');
    expect(csv.startsWith('\uFEFF名单编号,')).toBe(true);
    expect(csv).toContain(`"'${HOSTILE_NAME.replace(/"/g, '""')}"`);
    expect(csv).toContain(',91430100MA4L000022,');
  });

  it('XLSX: every cell a string, the formula-like name marked quotePrefix and intact', async () => {
    const x = unzipSync(files['data/entries.xlsx'] ?? new Uint8Array());
    const sheet = Buffer.from(x['xl/worksheets/sheet1.xml'] ?? []).toString('utf8');
    expect(sheet).not.toContain('<f>');
    expect(Buffer.from(x['xl/styles.xml'] ?? []).toString('utf8')).toContain('quotePrefix="1"');
    expect(sheet).toContain(`s="2"><is><t>=cmd|' /C calc'!A0`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(files['data/entries.xlsx'] ?? []) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws?.getCell('A1').value).toBe('名单编号');
    expect(ws?.getCell('D2').value).toBe(HOSTILE_NAME);
    expect(ws?.getCell('E3').value).toBe('91430100MA4L000022');
  });

  it('PDF: the Chinese names extract exactly, the font is embedded, the footer ties it to the package', () => {
    const dir = b.dir;
    writeFileSync(join(dir, 'a.pdf'), files['publication/announcement.pdf'] ?? new Uint8Array());
    const text = execFileSync('pdftotext', [join(dir, 'a.pdf'), '-'], { encoding: 'utf8' });
    for (const name of ['湖南湘江食品有限公司', '长沙星城电器有限公司', '湘潭锦绣纺织有限公司', '李某某']) expect(text).toContain(name);
    // A name too long for its column wraps; in drawing order (-raw) its lines follow each other.
    const raw = execFileSync('pdftotext', ['-raw', join(dir, 'a.pdf'), '-'], { encoding: 'utf8' });
    expect(raw.replace(/\n/g, '')).toContain(HOSTILE_NAME);
    expect(text).toContain('长沙市市场监督管理局关于公布严重违法失信名单、质量失信黑名单的公告');
    expect(text).toContain(ISSUE.docNo);
    expect(text).toContain(sha256Hex(files['data/entries.jsonl'] ?? new Uint8Array()));
    const opened = openPackage(bytes, { trust: 'embedded', now: new Date('2026-07-06T02:00:00Z') });
    expect(opened.ok && text.includes(opened.value.manifest.packageId)).toBe(true);
    const fonts = execFileSync('pdffonts', [join(dir, 'a.pdf')], { encoding: 'utf8' });
    expect(fonts).toMatch(/QCDSUB\+NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', join(dir, 'a.pdf'), process.env.QCD_PDF_PREVIEW ?? join(dir, 'page')]);
  });
});

it('the signer key id in the package is ours', () => {
  const row = b.ws.db.prepare("SELECT spki_pem FROM signing_keys WHERE status = 'active'").pluck().get() as string;
  expect(issued.signers[0]?.keyId).toBe(publicKeyFromPem(row)?.keyId);
});
