import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Enterprise, EnterpriseName } from '../../contract';
import {
  ENTERPRISE_SIZES, ENTITY_TYPES, validateAttributes, validateEnterprise,
  type EnterpriseAttributes, type EnterpriseAttributesDraft, type EnterpriseDraft, type EnterpriseFields,
} from '../../core/enterprises/enterprise';
import { isValidOrgCode } from '../../core/identifiers/org-code';
import { toBeijingDate, toBeijingIso } from '../../core/shared/time';
import type { CodeTables } from '../codes';
import { enterpriseNames, enterprises, type EnterpriseRow } from '../db/schema';
import { searchEnterprises } from '../db/enterprise-search';
import { fail } from '../failure';
import type { CallContext, Handler } from '../router/context';

/** A stored text value, if it is one of the allowed ones (older rows may hold anything or null). */
function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return allowed.find((a) => a === value) ?? null;
}

export function toEnterprise(row: EnterpriseRow, codes: CodeTables): Enterprise {
  return {
    id: row.id, uscc: row.uscc, usccCheckAcknowledged: row.usccCheckAcknowledged, name: row.name,
    regionCode: row.regionCode, regionName: codes.regionFullName(row.regionCode),
    industryCode: row.industryCode, industryName: codes.industryName(row.industryCode),
    legalRepresentative: row.legalRepresentative, address: row.address, status: row.status,
    createdAt: row.createdAt, updatedAt: row.updatedAt,
    orgCode: row.orgCode, orgCodeValid: row.orgCode === null ? null : isValidOrgCode(row.orgCode),
    registrationNumber: row.registrationNumber, entityType: oneOf(ENTITY_TYPES, row.entityType),
    registrationRegionCode: row.registrationRegionCode,
    registrationRegionName: row.registrationRegionCode === null ? null : codes.regionFullName(row.registrationRegionCode),
    size: oneOf(ENTERPRISE_SIZES, row.size), chiefQualityOfficer: row.chiefQualityOfficer, keyProduct: row.keyProduct,
  };
}

/** The fields a person edits, for the audit trail's before → after. */
function fieldsOf(row: EnterpriseRow): EnterpriseFields & Omit<EnterpriseAttributes, 'orgCode' | 'registrationRegionCode'> {
  return {
    uscc: row.uscc, usccCheckAcknowledged: row.usccCheckAcknowledged, name: row.name, regionCode: row.regionCode,
    industryCode: row.industryCode, legalRepresentative: row.legalRepresentative, address: row.address, status: row.status,
    ...attributesOf(row),
  };
}

function attributesOf(row: EnterpriseRow): Omit<EnterpriseAttributes, 'orgCode' | 'registrationRegionCode'> {
  return {
    registrationNumber: row.registrationNumber, entityType: oneOf(ENTITY_TYPES, row.entityType),
    size: oneOf(ENTERPRISE_SIZES, row.size), chiefQualityOfficer: row.chiefQualityOfficer, keyProduct: row.keyProduct,
  };
}

/** An enterprise outside the trash, or E_NOT_FOUND. */
export function findEnterpriseRow(ctx: CallContext, id: number): EnterpriseRow {
  const row = ctx.ws.orm.select().from(enterprises).where(and(eq(enterprises.id, id), isNull(enterprises.deletedAt))).get();
  return row ?? fail('E_NOT_FOUND', `未找到编号为 ${id} 的企业`);
}

type Draft = EnterpriseDraft & EnterpriseAttributesDraft;

function validated(ctx: CallContext, draft: Draft, before?: EnterpriseRow): EnterpriseFields & EnterpriseAttributes {
  const result = validateEnterprise(draft, ctx.codes);
  if (!result.ok) fail(result.error.code, result.error.message, result.error.details);
  const previous = before ? { ...attributesOf(before), orgCode: before.orgCode, registrationRegionCode: before.registrationRegionCode } : undefined;
  const attributes = validateAttributes(draft, result.value.uscc, previous);
  if (!attributes.ok) fail(attributes.error.code, attributes.error.message, attributes.error.details);
  // The trash keeps its rows, so a deleted enterprise still owns its code: restoring it is the way back.
  const clash = ctx.ws.orm.select({ id: enterprises.id, name: enterprises.name, deletedAt: enterprises.deletedAt }).from(enterprises)
    .where(eq(enterprises.uscc, result.value.uscc)).get();
  if (clash && clash.id !== before?.id) {
    const message = clash.deletedAt
      ? `该统一社会信用代码已登记为“${clash.name}”，该企业已被删除、在回收站中；如需继续使用，请从回收站恢复`
      : `该统一社会信用代码已登记为“${clash.name}”`;
    fail('E_USCC_DUPLICATE', message, { field: 'uscc', existingId: clash.id, inTrash: clash.deletedAt !== null });
  }
  return { ...result.value, ...attributes.value };
}

/** Closes the open name row (or records the old name when history began after it) and opens the new one. */
function recordRename(ctx: CallContext, id: number, oldName: string, newName: string): void {
  const today = toBeijingDate(ctx.now());
  const recordedAt = toBeijingIso(ctx.now());
  const closed = ctx.ws.orm.update(enterpriseNames).set({ validTo: today })
    .where(and(eq(enterpriseNames.enterpriseId, id), isNull(enterpriseNames.validTo))).run();
  if (closed.changes === 0) {
    ctx.ws.orm.insert(enterpriseNames).values({ enterpriseId: id, name: oldName, validFrom: null, validTo: today, recordedAt }).run();
  }
  ctx.ws.orm.insert(enterpriseNames).values({ enterpriseId: id, name: newName, validFrom: today, validTo: null, recordedAt }).run();
}

/** Every name, current first; an enterprise from before the history (demo, import) has just its current name. */
function namesOf(ctx: CallContext, row: EnterpriseRow): EnterpriseName[] {
  const rows = ctx.ws.orm.select().from(enterpriseNames).where(eq(enterpriseNames.enterpriseId, row.id))
    .orderBy(desc(enterpriseNames.id)).all();
  const names = rows.map((r) => ({ name: r.name, validFrom: r.validFrom, validTo: r.validTo, current: r.validTo === null }));
  return names.some((n) => n.current) ? names : [{ name: row.name, validFrom: null, validTo: null, current: true }, ...names];
}

export const enterprisesList: Handler<'enterprises:list'> = (input, ctx) => {
  const { rows, total, capped } = searchEnterprises(ctx.ws.db, input);
  return { items: rows.map((r) => toEnterprise(r, ctx.codes)), total, totalCapped: capped, page: input.page, pageSize: input.pageSize };
};

export const enterprisesGet: Handler<'enterprises:get'> = (input, ctx) => {
  const row = findEnterpriseRow(ctx, input.id);
  return { ...toEnterprise(row, ctx.codes), formerNames: namesOf(ctx, row).filter((n) => !n.current) };
};

export const enterprisesNames: Handler<'enterprises:names'> = (input, ctx) => namesOf(ctx, findEnterpriseRow(ctx, input.id));

export const enterprisesCreate: Handler<'enterprises:create'> = (input, ctx) => {
  const fields = validated(ctx, input);
  const at = toBeijingIso(ctx.now());
  const row = ctx.ws.orm.insert(enterprises).values({ ...fields, createdAt: at, updatedAt: at }).returning().get();
  ctx.ws.orm.insert(enterpriseNames).values({ enterpriseId: row.id, name: row.name, validFrom: toBeijingDate(ctx.now()), validTo: null, recordedAt: at }).run();
  ctx.audit({ action: 'enterprises:create', entity: 'enterprise', entityId: String(row.id), before: null, after: fieldsOf(row) });
  return toEnterprise(row, ctx.codes);
};

export const enterprisesUpdate: Handler<'enterprises:update'> = (input, ctx) => {
  const before = findEnterpriseRow(ctx, input.id);
  const fields = validated(ctx, input.draft, before);
  const row = ctx.ws.orm.update(enterprises).set({ ...fields, updatedAt: toBeijingIso(ctx.now()) })
    .where(eq(enterprises.id, input.id)).returning().get();
  if (!row) fail('E_NOT_FOUND');
  if (row.name !== before.name) recordRename(ctx, row.id, before.name, row.name);
  ctx.audit({ action: 'enterprises:update', entity: 'enterprise', entityId: String(row.id), before: fieldsOf(before), after: fieldsOf(row) });
  return toEnterprise(row, ctx.codes);
};
