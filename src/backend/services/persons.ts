import { and, eq, isNull } from 'drizzle-orm';
import type { Person, PersonEnterprise } from '../../contract';
import { maskIdNumber, normaliseIdNumber } from '../../core/persons/id-number';
import { ID_TYPES, validatePerson, type PersonDraft, type PersonFields } from '../../core/persons/person';
import { normaliseName } from '../../core/enterprises/enterprise';
import { toBeijingDate, toBeijingIso } from '../../core/shared/time';
import { enterprisePersons, enterprises, persons, type PersonRow } from '../db/schema';
import { fail } from '../failure';
import { requireUser, type CallContext, type Handler } from '../router/context';
import { findEnterpriseRow, toEnterprise } from './enterprises';

/** Only administrators see whole ID numbers; everyone else, and the audit trail, sees them masked. */
export function shownIdNumber(idNumber: string | null, ctx: CallContext): { idNumber: string | null; idNumberMasked: boolean } {
  if (idNumber === null) return { idNumber: null, idNumberMasked: false };
  return requireUser(ctx).role === 'admin' ? { idNumber, idNumberMasked: false } : { idNumber: maskIdNumber(idNumber), idNumberMasked: true };
}

function toPerson(row: PersonRow, ctx: CallContext): Person {
  const idType = ID_TYPES.find((t) => t === row.idType) ?? '其他';
  return { id: row.id, name: row.name, idType, ...shownIdNumber(row.idNumber, ctx), createdAt: row.createdAt, updatedAt: row.updatedAt };
}

/** What the audit trail keeps of a person: never the whole ID number, whoever reads the trail later. */
function audited(p: PersonFields): PersonFields {
  return { ...p, idNumber: p.idNumber === null ? null : maskIdNumber(p.idNumber) };
}

export function findPersonRow(ctx: CallContext, id: number): PersonRow {
  const row = ctx.ws.orm.select().from(persons).where(and(eq(persons.id, id), isNull(persons.deletedAt))).get();
  return row ?? fail('E_NOT_FOUND', `未找到编号为 ${id} 的人员`);
}

function validated(ctx: CallContext, draft: PersonDraft, before?: PersonRow): PersonFields {
  // The masked number a non-administrator was shown comes back unchanged: keep the stored one.
  const keep = before?.idNumber && (draft.idNumber === undefined || draft.idNumber === maskIdNumber(before.idNumber));
  const result = validatePerson(keep ? { ...draft, idNumber: before.idNumber } : draft);
  if (!result.ok) fail(result.error.code, result.error.message, result.error.details);
  const { idType, idNumber } = result.value;
  if (idNumber !== null) {
    const clash = ctx.ws.orm.select({ id: persons.id, name: persons.name, deletedAt: persons.deletedAt }).from(persons)
      .where(and(eq(persons.idType, idType), eq(persons.idNumber, idNumber))).get();
    if (clash && clash.id !== before?.id) {
      const where = clash.deletedAt ? '，该人员已被删除、在回收站中；如需继续使用，请从回收站恢复' : '';
      fail('E_PERSON_DUPLICATE', `该证件号码已登记为“${clash.name}”（编号 ${clash.id}）${where}`, { field: 'idNumber', existingId: clash.id, inTrash: clash.deletedAt !== null });
    }
  }
  return result.value;
}

export const personsList: Handler<'persons:list'> = (input, ctx) => {
  const clauses = ['deleted_at IS NULL'];
  const params: unknown[] = [];
  const code = normaliseIdNumber(input.query);
  if (/^[0-9A-Z]{8,}$/.test(code) && /\d{6}/.test(code)) {
    // Whole numbers only: matching a part would let anyone recover a masked number digit by digit.
    clauses.push('id_number = ?');
    params.push(code);
  } else if (input.query) {
    clauses.push('instr(name, ?) > 0');
    params.push(normaliseName(input.query));
  }
  const where = `WHERE ${clauses.join(' AND ')}`;
  const db = ctx.ws.db;
  const total = db.prepare(`SELECT count(*) FROM persons ${where}`).pluck().get(...params) as number;
  const rows = db.prepare(`SELECT id, name, id_type AS idType, id_number AS idNumber, created_at AS createdAt,
      updated_at AS updatedAt, deleted_at AS deletedAt, deleted_by AS deletedBy FROM persons ${where} ORDER BY id LIMIT ? OFFSET ?`)
    .all(...params, input.pageSize, (input.page - 1) * input.pageSize) as PersonRow[];
  const items = rows.map((row) => toPerson(row, ctx));
  return { items, total, page: input.page, pageSize: input.pageSize };
};

export const personsGet: Handler<'persons:get'> = (input, ctx) => toPerson(findPersonRow(ctx, input.id), ctx);

export const personsCreate: Handler<'persons:create'> = (input, ctx) => {
  const fields = validated(ctx, input);
  const at = toBeijingIso(ctx.now());
  const row = ctx.ws.orm.insert(persons).values({ ...fields, createdAt: at, updatedAt: at }).returning().get();
  ctx.audit({ action: 'persons:create', entity: 'person', entityId: String(row.id), before: null, after: audited(fields) });
  return toPerson(row, ctx);
};

export const personsUpdate: Handler<'persons:update'> = (input, ctx) => {
  const before = findPersonRow(ctx, input.id);
  const fields = validated(ctx, input.draft, before);
  const row = ctx.ws.orm.update(persons).set({ ...fields, updatedAt: toBeijingIso(ctx.now()) }).where(eq(persons.id, input.id)).returning().get();
  if (!row) fail('E_NOT_FOUND');
  const old = { name: before.name, idType: ID_TYPES.find((t) => t === before.idType) ?? '其他', idNumber: before.idNumber };
  ctx.audit({ action: 'persons:update', entity: 'person', entityId: String(row.id), before: audited(old), after: audited(fields) });
  return toPerson(row, ctx);
};

export const personsEnterprises: Handler<'persons:enterprises'> = (input, ctx): PersonEnterprise[] => {
  findPersonRow(ctx, input.personId);
  return ctx.ws.orm.select({
    enterpriseId: enterprisePersons.enterpriseId, enterpriseName: enterprises.name, uscc: enterprises.uscc, role: enterprisePersons.role,
    fromDate: enterprisePersons.fromDate, toDate: enterprisePersons.toDate, deletedAt: enterprises.deletedAt,
  }).from(enterprisePersons).innerJoin(enterprises, eq(enterprises.id, enterprisePersons.enterpriseId))
    .where(eq(enterprisePersons.personId, input.personId)).orderBy(enterprisePersons.fromDate, enterprisePersons.id).all()
    .map(({ deletedAt, ...r }) => ({ ...r, current: r.toDate === null, enterpriseDeleted: deletedAt !== null }));
};

/**
 * A new legal representative from a date: the open link (if any) ends that day — intervals are
 * [from, to) — and the enterprise's display text follows the person's name.
 */
export const enterprisesSetLegalRepresentative: Handler<'enterprises:set-legal-representative'> = (input, ctx) => {
  const enterprise = findEnterpriseRow(ctx, input.enterpriseId);
  const person = findPersonRow(ctx, input.personId);
  if (input.fromDate > toBeijingDate(ctx.now())) fail('E_LINK_DATE', `任职日期 ${input.fromDate} 晚于今天：变更应在发生后登记`, { field: 'fromDate' });
  const open = ctx.ws.orm.select().from(enterprisePersons).where(and(eq(enterprisePersons.enterpriseId, enterprise.id),
    eq(enterprisePersons.role, 'legal_representative'), isNull(enterprisePersons.toDate))).get();
  if (open?.personId === person.id) fail('E_VALIDATION', `${person.name}已是该企业的法定代表人（自 ${open.fromDate ?? '未知日期'} 起）`, { field: 'personId' });
  if (open?.fromDate && input.fromDate <= open.fromDate) {
    fail('E_LINK_DATE', `任职日期应晚于现任法定代表人的任职日期 ${open.fromDate}`, { field: 'fromDate', currentFrom: open.fromDate });
  }
  const at = toBeijingIso(ctx.now());
  if (open) ctx.ws.orm.update(enterprisePersons).set({ toDate: input.fromDate }).where(eq(enterprisePersons.id, open.id)).run();
  ctx.ws.orm.insert(enterprisePersons).values({
    enterpriseId: enterprise.id, personId: person.id, role: 'legal_representative', fromDate: input.fromDate, toDate: null, recordedAt: at,
  }).run();
  const row = ctx.ws.orm.update(enterprises).set({ legalRepresentative: person.name, updatedAt: at })
    .where(eq(enterprises.id, enterprise.id)).returning().get();
  if (!row) fail('E_NOT_FOUND');
  ctx.audit({
    action: 'enterprises:set-legal-representative', entity: 'enterprise', entityId: String(enterprise.id),
    before: { legalRepresentative: enterprise.legalRepresentative, personId: open?.personId ?? null, fromDate: open?.fromDate ?? null },
    after: { legalRepresentative: person.name, personId: person.id, fromDate: input.fromDate },
  });
  return toEnterprise(row, ctx.codes);
};
