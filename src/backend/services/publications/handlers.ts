import { asc, eq, getTableColumns, sql } from 'drizzle-orm';
import { formatFingerprint } from '../../../core/signing/fingerprint';
import { toBeijingDate } from '../../../core/shared/time';
import { packagesOut } from '../../db/schema';
import { fail } from '../../failure';
import { fontBytes } from '../../pdf/font';
import type { Handler } from '../../router/context';
import { requireAgency } from '../keys/agency';
import { activeSigners } from '../keys/store';
import { buildPublication, streamOf } from './build';
import { findByDocNo, lastOnStream, storeIssued, toIssuedView } from './issued';
import { scopeOf } from './select';

/**
 * Issues a publication: refused for a document number already used (an issued publication never
 * changes), for dates out of order, and without the signing passphrase. The package is stored
 * byte for byte in the same transaction as its audit row.
 */
export const publicationsIssue: Handler<'publications:issue'> = async (input, ctx) => {
  const scope = scopeOf(input.listType);
  const agency = requireAgency(ctx);
  const existing = findByDocNo(ctx, input.docNo);
  if (existing) fail('E_PUBLICATION_EXISTS', `文号“${input.docNo}”已于 ${existing.issuedAt.slice(0, 10)} 由 ${existing.issuedBy} 发布，不能重复发布`, { field: 'docNo', id: existing.id });
  const today = toBeijingDate(ctx.now());
  const issuedOn = input.issuedOn ?? today;
  const previous = lastOnStream(ctx, streamOf(scope));
  if (issuedOn < input.to || issuedOn > today || (previous && issuedOn < previous.issuedAt.slice(0, 10))) {
    fail('E_PUBLICATION_DATE', undefined, { field: 'issuedOn', to: input.to, today, previousIssuedOn: previous?.issuedAt.slice(0, 10) ?? null });
  }
  const signers = await activeSigners(ctx, input.passphrase);
  ctx.progress(0, 2, '生成公告');
  const built = await buildPublication(ctx.ws.db, {
    scope, from: input.from, to: input.to, docNo: input.docNo, issuedOn, agency, signers,
    sequence: (previous?.sequence ?? 0) + 1, prevManifestSha256: previous?.manifestSha256,
    font: fontBytes(ctx.resourcesDir), appVersion: ctx.appVersion,
  });
  if (!built.ok) fail(built.error.code, built.error.message, built.error.details);
  ctx.progress(1, 2, '保存数据包');
  const row = storeIssued(ctx, built.value, input.docNo, scope.key);
  ctx.audit({
    action: 'publications:issue', entity: 'package_out', entityId: String(row.id), before: null,
    after: { docNo: row.docNo, streamId: row.streamId, sequence: row.sequence, period: { from: input.from, to: input.to }, stats: built.value.stats, manifestSha256: row.manifestSha256, packageSha256: row.packageSha256 },
  });
  ctx.progress(2, 2, '完成');
  return {
    ...toIssuedView(row, row.bytes.length), stats: built.value.stats,
    signers: signers.map((s) => ({ alg: s.alg, keyId: s.keyId, fingerprint: formatFingerprint(s.keyId) })),
  };
};

/** Every column but the bytes: a list of packages must not load every package. */
const listed = Object.fromEntries(Object.entries(getTableColumns(packagesOut)).filter(([k]) => k !== 'bytes')) as Omit<ReturnType<typeof getTableColumns<typeof packagesOut>>, 'bytes'>;

export const publicationsList: Handler<'publications:list'> = (input, ctx) =>
  ctx.ws.orm.select({ ...listed, size: sql<number>`length(${packagesOut.bytes})` }).from(packagesOut)
    .where(input.packageType ? eq(packagesOut.packageType, input.packageType) : undefined)
    .orderBy(asc(packagesOut.id)).all().map((r) => toIssuedView(r, r.size));

/** The stored bytes, untouched: exporting an issued package again gives the identical file. */
export const publicationsExport: Handler<'publications:export'> = (input, ctx) => {
  const row = input.docNo !== undefined ? findByDocNo(ctx, input.docNo)
    : ctx.ws.orm.select().from(packagesOut).where(eq(packagesOut.id, input.id ?? 0)).get();
  if (!row) fail('E_NOT_FOUND', input.docNo !== undefined ? `未找到文号为“${input.docNo}”的公告` : `未找到编号为 ${input.id ?? ''} 的数据包`);
  return { fileName: row.fileName, packageSha256: row.packageSha256, contentBase64: row.bytes.toString('base64') };
};
