import { and, desc, eq } from 'drizzle-orm';
import { formatFingerprint } from '../../../../core/signing/fingerprint';
import { toBeijingIso } from '../../../../core/shared/time';
import { exchangeOutEntries, packagesOut } from '../../../db/schema';
import { fail } from '../../../failure';
import type { CallContext, Handler } from '../../../router/context';
import { requireAgency } from '../../keys/agency';
import { activeSigners } from '../../keys/store';
import { lastOnStream, storeIssued, toIssuedView } from '../../publications/issued';
import { scopeOf } from '../../publications/select';
import { buildExchange, exchangeStreamOf } from './build';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the stream last said, id → content digest. */
function streamState(ctx: CallContext, streamId: string): Map<string, string> {
  const rows = ctx.ws.orm.select({ id: exchangeOutEntries.entryUid, sha: exchangeOutEntries.contentSha256 }).from(exchangeOutEntries)
    .where(eq(exchangeOutEntries.streamId, streamId)).all();
  return new Map(rows.map((r) => [r.id, r.sha]));
}

function lastSnapshot(ctx: CallContext, streamId: string): number | undefined {
  return ctx.ws.orm.select({ seq: packagesOut.sequence }).from(packagesOut)
    .where(and(eq(packagesOut.streamId, streamId), eq(packagesOut.packageType, 'snapshot'))).orderBy(desc(packagesOut.sequence)).limit(1).get()?.seq;
}

/** Replaces the stream's remembered state with the one the package just issued states. */
function rememberState(ctx: CallContext, streamId: string, state: ReadonlyMap<string, string>): void {
  const db = ctx.ws.db;
  db.prepare('DELETE FROM exchange_out_entries WHERE stream_id = ?').run(streamId);
  const insert = db.prepare('INSERT INTO exchange_out_entries (stream_id, entry_uid, content_sha256) VALUES (?, ?, ?)');
  for (const [id, sha] of state) insert.run(streamId, id, sha);
}

/**
 * Issues the next package of a list type's outgoing stream, signed with every active key, kept
 * byte for byte in packages_out (its bytes come through publications:export). The first package
 * of a stream is always a snapshot: a delta needs one to build on.
 */
export const exchangeExport: Handler<'exchange:export'> = async (input, ctx) => {
  const scope = scopeOf(input.stream);
  const agency = requireAgency(ctx);
  const streamId = exchangeStreamOf(scope);
  const previous = lastOnStream(ctx, streamId);
  const base = lastSnapshot(ctx, streamId);
  const snapshot = input.snapshot || base === undefined;
  const signers = await activeSigners(ctx, input.passphrase);
  // Never earlier than the last package: a receiver refuses a package issued before the one it holds.
  const nowMs = Math.max(ctx.now().getTime(), previous ? Date.parse(previous.issuedAt) : 0);
  const issuedAt = toBeijingIso(new Date(Math.floor(nowMs / 1000) * 1000)).replace('.000', '');
  const expiresAt = toBeijingIso(new Date(Math.floor(nowMs / 1000) * 1000 + input.validDays * DAY_MS)).replace('.000', '');
  ctx.progress(0, 2, '生成数据包');
  const built = buildExchange(ctx.ws.db, {
    scope, agency, signers, appVersion: ctx.appVersion, snapshot, audience: input.audience, sequence: (previous?.sequence ?? 0) + 1,
    prevManifestSha256: previous?.manifestSha256, baseSnapshotSequence: base, issuedAt, expiresAt,
    previous: snapshot && previous === undefined ? new Map() : streamState(ctx, streamId),
  });
  if (!built.ok) fail(built.error.code, built.error.message, built.error.details);
  ctx.progress(1, 2, '保存数据包');
  const row = storeIssued(ctx, built.value, null, scope.key);
  rememberState(ctx, streamId, built.value.state);
  ctx.audit({
    action: 'exchange:export', entity: 'package_out', entityId: String(row.id), before: null,
    after: { streamId, packageType: row.packageType, sequence: row.sequence, audience: input.audience, stats: built.value.stats, manifestSha256: row.manifestSha256, packageSha256: row.packageSha256, stateSha256: row.stateSha256 },
  });
  ctx.progress(2, 2, '完成');
  return {
    ...toIssuedView(row, row.bytes.length), stats: built.value.stats,
    signers: signers.map((s) => ({ alg: s.alg, keyId: s.keyId, fingerprint: formatFingerprint(s.keyId) })),
  };
};
