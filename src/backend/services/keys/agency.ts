import { eq } from 'drizzle-orm';
import { checkUscc } from '../../../core/identifiers/uscc';
import { meta } from '../../db/schema';
import { fail } from '../../failure';
import type { CallContext } from '../../router/context';

/** Who issues this workspace's packages: the manifest's `issuer` and the announcement's letterhead. */
export type Agency = { code: string; name: string };

/**
 * Kept in `meta` under this key (no column exists for it): set with the first signing key, since a
 * package cannot be signed without saying whose it is.
 */
const AGENCY_KEY = 'agency';

/** @example readAgency(ctx) // { code: '11430000MB0000001X', name: '湖南省市场监督管理局' } or null */
export function readAgency(ctx: CallContext): Agency | null {
  const raw = ctx.ws.orm.select({ value: meta.value }).from(meta).where(eq(meta.key, AGENCY_KEY)).get()?.value;
  if (!raw) return null;
  const parsed = JSON.parse(raw) as Partial<Agency>;
  return typeof parsed.code === 'string' && typeof parsed.name === 'string' ? { code: parsed.code, name: parsed.name } : null;
}

export function requireAgency(ctx: CallContext): Agency {
  return readAgency(ctx) ?? fail('E_AGENCY_UNSET');
}

/**
 * Records the agency (audited by the caller). The code must be a well-formed unified social credit
 * code; a failing check character is accepted, as legal pilot-area codes exist.
 */
export function writeAgency(ctx: CallContext, agency: Agency): Agency {
  const check = checkUscc(agency.code);
  if (check.kind === 'malformed') fail('E_USCC_FORMAT', undefined, { field: 'agencyCode' });
  const value: Agency = { code: check.code, name: agency.name.trim() };
  ctx.ws.orm.insert(meta).values({ key: AGENCY_KEY, value: JSON.stringify(value) })
    .onConflictDoUpdate({ target: meta.key, set: { value: JSON.stringify(value) } }).run();
  return value;
}
