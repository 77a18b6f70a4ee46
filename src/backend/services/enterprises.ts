import { and, eq, isNull } from 'drizzle-orm';
import type { Enterprise } from '../../contract';
import { validateEnterprise, type EnterpriseFields } from '../../core/enterprises/enterprise';
import { toBeijingIso } from '../../core/shared/time';
import type { CodeTables } from '../codes';
import { enterprises, type EnterpriseRow } from '../db/schema';
import { searchEnterprises } from '../db/enterprise-search';
import { fail } from '../failure';
import type { CallContext, Handler } from '../router/context';

export function toEnterprise(row: EnterpriseRow, codes: CodeTables): Enterprise {
  return { ...row, regionName: codes.regionFullName(row.regionCode), industryName: codes.industryName(row.industryCode) };
}

/** The aliases a USCC carries in itself: the organization code and the registering region. */
function aliases(uscc: string): { orgCode: string; registrationRegionCode: string } {
  return { orgCode: uscc.slice(8, 17), registrationRegionCode: uscc.slice(2, 8) };
}

/** The fields a person edits, for the audit trail's before → after. */
function fieldsOf(row: EnterpriseRow): EnterpriseFields {
  return {
    uscc: row.uscc, usccCheckAcknowledged: row.usccCheckAcknowledged, name: row.name, regionCode: row.regionCode,
    industryCode: row.industryCode, legalRepresentative: row.legalRepresentative, address: row.address, status: row.status,
  };
}

function findRow(ctx: CallContext, id: number): EnterpriseRow {
  const row = ctx.ws.orm.select().from(enterprises).where(and(eq(enterprises.id, id), isNull(enterprises.deletedAt))).get();
  return row ?? fail('E_NOT_FOUND', `未找到编号为 ${id} 的企业`);
}

function validated(ctx: CallContext, draft: Parameters<typeof validateEnterprise>[0], selfId?: number): EnterpriseFields {
  const result = validateEnterprise(draft, ctx.codes);
  if (!result.ok) fail(result.error.code, result.error.message, result.error.details);
  const clash = ctx.ws.orm.select({ id: enterprises.id, name: enterprises.name }).from(enterprises)
    .where(eq(enterprises.uscc, result.value.uscc)).get();
  if (clash && clash.id !== selfId) {
    fail('E_USCC_DUPLICATE', `该统一社会信用代码已登记为“${clash.name}”`, { field: 'uscc', existingId: clash.id });
  }
  return result.value;
}

export const enterprisesList: Handler<'enterprises:list'> = (input, ctx) => {
  const { rows, total } = searchEnterprises(ctx.ws.db, input);
  return { items: rows.map((r) => toEnterprise(r, ctx.codes)), total, page: input.page, pageSize: input.pageSize };
};

export const enterprisesGet: Handler<'enterprises:get'> = (input, ctx) => toEnterprise(findRow(ctx, input.id), ctx.codes);

export const enterprisesCreate: Handler<'enterprises:create'> = (input, ctx) => {
  const fields = validated(ctx, input);
  const at = toBeijingIso(ctx.now());
  const row = ctx.ws.orm.insert(enterprises).values({ ...fields, ...aliases(fields.uscc), createdAt: at, updatedAt: at }).returning().get();
  ctx.audit({ action: 'enterprises:create', entity: 'enterprise', entityId: String(row.id), before: null, after: fields });
  return toEnterprise(row, ctx.codes);
};

export const enterprisesUpdate: Handler<'enterprises:update'> = (input, ctx) => {
  const before = findRow(ctx, input.id);
  const fields = validated(ctx, input.draft, input.id);
  const row = ctx.ws.orm.update(enterprises).set({ ...fields, ...aliases(fields.uscc), updatedAt: toBeijingIso(ctx.now()) })
    .where(eq(enterprises.id, input.id)).returning().get();
  if (!row) fail('E_NOT_FOUND');
  ctx.audit({ action: 'enterprises:update', entity: 'enterprise', entityId: String(row.id), before: fieldsOf(before), after: fields });
  return toEnterprise(row, ctx.codes);
};
