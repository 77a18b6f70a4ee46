import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Product, ProductDraftInput } from '../../contract/products';
import { isValidGtin } from '../../core/identifiers/gtin';
import { normaliseCode } from '../../core/identifiers/normalise';
import { toBeijingIso } from '../../core/shared/time';
import { products, type ProductRow } from '../db/schema';
import { fail } from '../failure';
import type { CallContext, Handler } from '../router/context';
import { findEnterpriseRow } from './enterprises';
import { softDelete } from './soft-delete';

type ProductFields = Omit<Product, 'id' | 'enterpriseId' | 'createdAt' | 'updatedAt'>;

const toProduct = (r: ProductRow): Product => ({
  id: r.id, enterpriseId: r.enterpriseId, name: r.name, gtin: r.gtin, brand: r.brand, model: r.model,
  category: r.category, riskGrade: r.riskGrade, standards: r.standards, licenceNo: r.licenceNo,
  createdAt: r.createdAt, updatedAt: r.updatedAt,
});

const blankToNull = (v: string | null | undefined): string | null => (v === undefined || v === null || v.trim() === '' ? null : v.trim());

/** A GTIN is normalised (full-width digits, spaces) and then must pass its GS1 check digit. */
function validated(draft: ProductDraftInput): ProductFields {
  const raw = blankToNull(draft.gtin);
  const gtin = raw === null ? null : normaliseCode(raw);
  if (gtin !== null && !isValidGtin(gtin)) {
    fail('E_GTIN_INVALID', `商品条码“${raw}”无效：应为 8、12、13 或 14 位数字且校验位正确`, { field: 'gtin' });
  }
  return {
    name: draft.name.normalize('NFKC').trim(), gtin, brand: blankToNull(draft.brand), model: blankToNull(draft.model),
    category: blankToNull(draft.category), riskGrade: draft.riskGrade ?? null, standards: blankToNull(draft.standards),
    licenceNo: blankToNull(draft.licenceNo),
  };
}

export function findProductRow(ctx: CallContext, id: number): ProductRow {
  const row = ctx.ws.orm.select().from(products).where(and(eq(products.id, id), isNull(products.deletedAt))).get();
  return row ?? fail('E_NOT_FOUND', `未找到编号为 ${id} 的产品`);
}

export const productsList: Handler<'products:list'> = (input, ctx) => {
  findEnterpriseRow(ctx, input.enterpriseId);
  return ctx.ws.orm.select().from(products)
    .where(and(eq(products.enterpriseId, input.enterpriseId), isNull(products.deletedAt))).orderBy(asc(products.id)).all().map(toProduct);
};

export const productsCreate: Handler<'products:create'> = (input, ctx) => {
  findEnterpriseRow(ctx, input.enterpriseId);
  const fields = validated(input.draft);
  const at = toBeijingIso(ctx.now());
  const row = ctx.ws.orm.insert(products).values({ ...fields, enterpriseId: input.enterpriseId, createdAt: at, updatedAt: at }).returning().get();
  ctx.audit({ action: 'products:create', entity: 'product', entityId: String(row.id), before: null, after: { enterpriseId: row.enterpriseId, ...fields } });
  return toProduct(row);
};

export const productsUpdate: Handler<'products:update'> = (input, ctx) => {
  const before = findProductRow(ctx, input.id);
  const fields = validated(input.draft);
  const row = ctx.ws.orm.update(products).set({ ...fields, updatedAt: toBeijingIso(ctx.now()) }).where(eq(products.id, before.id)).returning().get();
  if (!row) fail('E_NOT_FOUND', `未找到编号为 ${input.id} 的产品`);
  const { id: _id, createdAt: _c, updatedAt: _u, ...old } = toProduct(before);
  ctx.audit({ action: 'products:update', entity: 'product', entityId: String(row.id), before: old, after: { enterpriseId: row.enterpriseId, ...fields } });
  return toProduct(row);
};

export const productsDelete: Handler<'products:delete'> = (input, ctx) => {
  const row = findProductRow(ctx, input.id);
  return softDelete(ctx, products, { id: row.id, action: 'products:delete', entity: 'product', reason: input.reason, before: { enterpriseId: row.enterpriseId, name: row.name } });
};
