import { fail } from '../../../failure';
import { sha256Hex } from '../../../packages/digests';
import { requireUser, type CallContext, type Handler } from '../../../router/context';
import { requireAgency } from '../../keys/agency';
import { runImport, type ImportOutcome } from './import';

/** base64 of at most 2 GiB (the ZIP reader's own limit), refused before decoding. */
const MAX_BASE64 = Math.ceil((2048 * 1024 * 1024) / 3) * 4;

function decode(contentBase64: string): Buffer {
  if (contentBase64.length > MAX_BASE64) fail('E_ZIP_LIMITS', undefined, { reason: 'package too large' });
  return Buffer.from(contentBase64, 'base64');
}

/** An expiry override is a reviewer's decision (formats.md §4), recorded with its reason. */
function allowExpired(ctx: CallContext, reason: string | undefined): boolean {
  if (reason === undefined) return false;
  const user = requireUser(ctx);
  if (user.role === 'officer') fail('E_FORBIDDEN', '只有审核人或管理员可以导入已过有效期的数据包', { field: 'expiredOverrideReason' });
  return true;
}

function run(ctx: CallContext, bytes: Buffer, fileName: string, mode: 'preview' | 'apply', expired: boolean, limit: number): Promise<ImportOutcome> {
  return runImport({
    db: ctx.ws.db, workspaceDir: ctx.ws.dir, recipient: requireAgency(ctx).code, now: ctx.now(), user: requireUser(ctx).username,
    signal: ctx.signal, progress: (d, t, l) => ctx.progress(d, t, l),
  }, bytes, { mode, fileName, allowExpired: expired, limit });
}

/** Every check and a dry run, rolled back: what the import would do, or the first refusal. */
export const exchangeImportPreview: Handler<'exchange:import-preview'> = async (input, ctx) => {
  const r = await run(ctx, decode(input.contentBase64), input.fileName, 'preview', allowExpired(ctx, input.expiredOverrideReason), input.limit);
  return { ...r, manifest: undefined };
};

/**
 * Imports a package in the call's one transaction, or refuses it with the first failing check's
 * code, writing nothing (a replay answers I_ALREADY_IMPORTED, also writing nothing).
 */
export const exchangeImportApply: Handler<'exchange:import-apply'> = async (input, ctx) => {
  const bytes = decode(input.contentBase64);
  const expired = allowExpired(ctx, input.expiredOverrideReason);
  const actual = sha256Hex(bytes);
  if (input.expectedPackageSha256 !== undefined && input.expectedPackageSha256 !== actual) {
    fail('E_EXCHANGE_PREVIEW_MISMATCH', undefined, { expected: input.expectedPackageSha256, actual });
  }
  const r = await run(ctx, bytes, input.fileName, 'apply', expired, 0);
  if (r.error) fail(r.error.code, r.error.message, { ...r.error.details, packageSha256: r.packageSha256 });
  const m = r.manifest;
  if (!m || !r.issuer) fail('E_INTERNAL');
  ctx.audit({
    action: 'exchange:import', entity: 'package_in', entityId: r.packageSha256, before: null,
    after: {
      fileName: input.fileName, issuer: r.issuer.agencyCode, streamId: m.stream.id, sequence: m.stream.sequence, packageType: m.packageType,
      manifestSha256: r.manifestSha256, stateSha256: r.stateSha256, counts: r.counts, matches: r.matches,
      ...(r.expired ? { expiredOverride: { expiresAt: m.expiresAt, reason: input.expiredOverrideReason } } : {}),
    },
  });
  return {
    outcome: 'applied' as const, packageSha256: r.packageSha256, manifestSha256: r.manifestSha256 ?? '', issuer: r.issuer,
    streamId: m.stream.id, sequence: m.stream.sequence, stateSha256: r.stateSha256, counts: r.counts, matches: r.matches,
  };
};
