import type { AuditRow } from '../../contract';
import { verifyAuditChain } from '../audit/chain';
import type { Handler } from '../router/context';
import { userCount } from './users';

/** Tables counted by `qcd stats` and the dashboard; internal bookkeeping tables are left out. */
export const COUNTED_TABLES = ['users', 'enterprises', 'audit_log'] as const;

export const appInfo: Handler<'app:info'> = (_input, ctx) => ({
  version: ctx.appVersion, workspace: ctx.ws.dir, needsSetup: userCount(ctx) === 0, schemaVersion: ctx.ws.schemaVersion,
});

export const statsCounts: Handler<'stats:counts'> = (_input, ctx) =>
  Object.fromEntries(COUNTED_TABLES.map((t) => [t, ctx.ws.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]));

type AuditDbRow = {
  seq: number; at: string; username: string; action: string; entity: string; entityId: string | null;
  beforeJson: string | null; afterJson: string | null;
};

export const auditList: Handler<'audit:list'> = (input, ctx) => {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (input.entity) { clauses.push('entity = ?'); params.push(input.entity); }
  if (input.entityId) { clauses.push('entity_id = ?'); params.push(input.entityId); }
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const db = ctx.ws.db;
  const total = db.prepare(`SELECT count(*) FROM audit_log ${where}`).pluck().get(...params) as number;
  const rows = db.prepare(`SELECT seq, at, username, action, entity, entity_id AS entityId, before_json AS beforeJson,
      after_json AS afterJson FROM audit_log ${where} ORDER BY seq DESC LIMIT ? OFFSET ?`)
    .all(...params, input.pageSize, (input.page - 1) * input.pageSize) as AuditDbRow[];
  const items: AuditRow[] = rows.map(({ beforeJson, afterJson, ...r }) => ({
    ...r, before: beforeJson ? JSON.parse(beforeJson) : null, after: afterJson ? JSON.parse(afterJson) : null,
  }));
  return { items, total, page: input.page, pageSize: input.pageSize };
};

export const auditVerify: Handler<'audit:verify'> = (_input, ctx) => {
  const { rows, problems } = verifyAuditChain(ctx.ws.db);
  return { ok: problems.length === 0, rows, problems };
};

export const codesRegions: Handler<'codes:regions'> = (_input, ctx) =>
  ctx.codes.regions.map((r) => ({ code: r.code, name: ctx.codes.regionFullName(r.code), level: r.level, current: !r.validTo }));

export const codesIndustries: Handler<'codes:industries'> = (_input, ctx) =>
  ctx.codes.industries.map((r) => ({ code: r.code, name: r.name, level: r.level, current: true }));

export const jobsCancel: Handler<'jobs:cancel'> = (input, ctx) => ({ cancelled: ctx.cancel(input.requestId) });
