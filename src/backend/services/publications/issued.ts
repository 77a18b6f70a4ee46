import { createHash } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import type { IssuedPackage } from '../../../contract/publications';
import { canonicalJson } from '../../../core/shared/canonical-json';
import { packagesOut } from '../../db/schema';
import type { BuiltPackage } from '../../packages/build';
import { sha256Hex } from '../../packages/digests';
import { requireUser, type CallContext } from '../../router/context';

export type PackageOutRow = typeof packagesOut.$inferSelect;

/**
 * A package id that is a function of what the package is (issuer, stream, sequence, and the
 * caller's own facts), in UUID form (version 8: "custom"). A random id would make two builds of
 * the same publication differ; this one lets anyone rebuild it byte for byte.
 *
 * @example derivedPackageId({ agency: 'X', stream: 'publication/black', sequence: 1 }) // 'a1b2…-…-8…'
 */
export function derivedPackageId(facts: Record<string, unknown>): string {
  const h = createHash('sha256').update(canonicalJson(facts), 'utf8').digest();
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x80;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** The last package issued on a stream (its sequence, manifest digest and date continue the chain). */
export function lastOnStream(ctx: CallContext, streamId: string): PackageOutRow | undefined {
  return ctx.ws.orm.select().from(packagesOut).where(eq(packagesOut.streamId, streamId)).orderBy(desc(packagesOut.sequence)).limit(1).get();
}

export function findByDocNo(ctx: CallContext, docNo: string): PackageOutRow | undefined {
  return ctx.ws.orm.select().from(packagesOut).where(eq(packagesOut.docNo, docNo)).get();
}

/** Keeps the package byte for byte: an issued package is immutable, and export returns these bytes. */
export function storeIssued(ctx: CallContext, built: BuiltPackage, docNo: string | null, listType: string | null): PackageOutRow {
  const m = built.manifest;
  return ctx.ws.orm.insert(packagesOut).values({
    packageType: m.packageType, streamId: m.stream.id, sequence: m.stream.sequence, docNo, listType,
    periodFrom: m.period?.from ?? null, periodTo: m.period?.to ?? null, entries: m.stats?.entries ?? 0,
    manifestSha256: built.manifestSha256, stateSha256: m.stateSha256 ?? null, packageSha256: sha256Hex(built.bytes),
    fileName: built.fileName, bytes: Buffer.from(built.bytes.buffer, built.bytes.byteOffset, built.bytes.length),
    issuedAt: m.issuedAt, issuedBy: requireUser(ctx).username,
  }).returning().get();
}

/** The row as the UI sees it: everything but the bytes (which come through export). */
export function toIssuedView(r: Omit<PackageOutRow, 'bytes'>, size: number): IssuedPackage {
  return {
    id: r.id, packageType: r.packageType, streamId: r.streamId, sequence: r.sequence, docNo: r.docNo, listType: r.listType,
    periodFrom: r.periodFrom, periodTo: r.periodTo, entries: r.entries, manifestSha256: r.manifestSha256, stateSha256: r.stateSha256,
    packageSha256: r.packageSha256, fileName: r.fileName, size, issuedAt: r.issuedAt, issuedBy: r.issuedBy,
  };
}
