import type Database from 'better-sqlite3';
import { stateSha256 } from '../../../core/packages/state-digest';
import { formatFingerprint } from '../../../core/signing/fingerprint';
import type { ManifestSigner } from '../../../core/signing/ports';
import type { Result } from '../../../core/shared/result';
import { announcementPdfOffThread } from '../../pdf/off-thread';
import { buildPackage, type BuiltPackage } from '../../packages/build';
import { deflateForPackage } from '../../packages/zip-write';
import { sha256Hex, sha256Utf8 } from '../../packages/digests';
import { writeCsv } from '../../io/csv-write';
import type { Agency } from '../keys/agency';
import { addYears, issuedAtOf } from './dates';
import { derivedPackageId } from './issued';
import { selectEntries, type PublicationScope } from './select';
import { TABLE_COLUMNS, tableRow } from './table';
import { xlsxSheet } from './xlsx-sheet';
import { announcementText, PDF_COLUMNS, pdfRow } from './announcement-text';

export type PublicationOptions = {
  scope: PublicationScope; from: string; to: string; docNo: string; issuedOn: string;
  agency: Agency; sequence: number; prevManifestSha256?: string | undefined;
  signers: readonly ManifestSigner[]; font: Uint8Array; appVersion: string;
};

export type BuiltPublication = BuiltPackage & { stats: { entries: number; added: number; amended: number; removed: number } };

const JSONL = 'data/entries.jsonl';
const CSV = 'data/entries.csv';

export const streamOf = (scope: PublicationScope): string => `publication/${scope.key}`;

/**
 * The whole publication from the database and the options alone — no clock, no randomness — so
 * the same state and options give the same bytes, and anyone holding the data can rebuild it.
 * The PDF's footer cannot carry the manifest's SHA-256 (the manifest lists the PDF's own digest);
 * it carries the package id, the signing keys' fingerprints and the SHA-256 of data/entries.jsonl,
 * the source of truth the manifest in turn lists.
 */
export async function buildPublication(db: Database.Database, o: PublicationOptions): Promise<Result<BuiltPublication>> {
  const entries = selectEntries(db, o.scope, o.from, o.to, o.agency.code);
  const stats = { entries: entries.length, added: 0, amended: 0, removed: 0 };
  for (const e of entries) if (e.change) stats[e.change] += 1;
  const jsonl = Buffer.from(entries.map((e) => `${e.line}\n`).join(''), 'utf8');
  const stream = streamOf(o.scope);
  const issuedAt = issuedAtOf(o.issuedOn);
  const packageId = derivedPackageId({ agency: o.agency.code, stream, sequence: o.sequence, docNo: o.docNo, from: o.from, to: o.to, issuedOn: o.issuedOn });
  // The PDF is drawn and the large data files compressed on other threads while this one writes
  // the CSV and the workbook's sheet; caught here so that a failure meanwhile leaves no rejection
  // unhandled, and thrown again when awaited.
  const pdf = announcementPdfOffThread({
    ...announcementText(o, stats), agencyName: o.agency.name, docNo: o.docNo, issuedAt, columns: PDF_COLUMNS, rows: entries.map(pdfRow), font: o.font,
    footer: [
      `数据包编号 ${packageId}\u3000签名公钥指纹 ${o.signers.map((s) => formatFingerprint(s.keyId)).join('；')}`,
      `本公告名单数据以数据包中 data/entries.jsonl 为准，其 SHA-256：${sha256Hex(jsonl)}`,
    ],
  });
  pdf.catch(() => undefined);
  const jsonlDeflated = deflateForPackage({ path: JSONL, bytes: jsonl });
  jsonlDeflated.catch(() => undefined);
  const rows = entries.map(tableRow);
  const csv = writeCsv([TABLE_COLUMNS.map((c) => c.header), ...rows]);
  const offThread = Promise.all([jsonlDeflated, deflateForPackage({ path: CSV, bytes: csv }), xlsxSheet('名单', TABLE_COLUMNS, rows), pdf]);
  const [jsonlZ, csvZ, xlsx, announcement] = await offThread;
  const built = buildPackage({
    packageId, packageType: 'publication', issuer: { agencyCode: o.agency.code, agencyName: o.agency.name }, audience: ['*'],
    stream: { id: stream, sequence: o.sequence, ...(o.prevManifestSha256 ? { prevManifestSha256: o.prevManifestSha256 } : {}) },
    issuedAt, expiresAt: addYears(issuedAt, 1), listType: o.scope.category, period: { from: o.from, to: o.to }, documentNo: o.docNo,
    stats, stateSha256: stateSha256(entries.map((e) => ({ id: e.record.id, contentSha256: e.record.contentSha256 })), sha256Utf8),
    generator: { name: 'Quality Credit Desk', version: o.appVersion },
  }, [
    { path: JSONL, mediaType: 'application/jsonl', bytes: jsonl, deflated: jsonlZ },
    { path: CSV, mediaType: 'text/csv; charset=utf-8', bytes: csv, deflated: csvZ },
    { path: 'data/entries.xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: xlsx },
    { path: 'publication/announcement.pdf', mediaType: 'application/pdf', bytes: announcement },
  ], o.signers);
  return built.ok ? { ok: true, value: { ...built.value, stats } } : built;
}
