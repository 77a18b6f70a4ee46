import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SupervisionConfigView } from '../../../contract/supervision';
import { SupervisionConfigSchema, type SupervisionConfig } from '../../../core/supervision/schema';
import { toBeijingIso } from '../../../core/shared/time';
import { fail } from '../../failure';
import { requireUser, type CallContext, type Handler } from '../../router/context';
import { modelOf, modelRow } from '../evaluation/models';
import { latestApprovedRun } from '../evaluation/approved';

/**
 * The configuration lives in `meta` as one JSON value, like the importer's synonyms: it is one
 * document read whole, so a table (and a migration) would add nothing. The shipped default is
 * read until someone saves one, so a release's better default reaches workspaces that kept it.
 */
const CONFIG_KEY = 'supervision_config';

type Stored = { config: SupervisionConfig; updatedAt: string; updatedBy: string };

function storedConfig(ctx: CallContext): Stored | null {
  const raw = ctx.ws.db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(CONFIG_KEY) as string | undefined;
  return raw === undefined ? null : (JSON.parse(raw) as Stored);
}

function shippedConfig(ctx: CallContext): SupervisionConfig {
  return SupervisionConfigSchema.parse(JSON.parse(readFileSync(join(ctx.resourcesDir, 'models', 'supervision-default.json'), 'utf8')));
}

/** The configuration in force: the saved one, else the shipped default. */
export function configInForce(ctx: CallContext): SupervisionConfig {
  return storedConfig(ctx)?.config ?? shippedConfig(ctx);
}

/** The grades the matrix must cover: those of the approved run's model, else of the newest stored model. */
function modelGrades(ctx: CallContext): string[] | null {
  const run = latestApprovedRun(ctx.ws.db);
  const rowId = run?.modelRowId ?? (ctx.ws.db.prepare('SELECT id FROM evaluation_models ORDER BY id DESC LIMIT 1').pluck().get() as number | undefined);
  return rowId === undefined ? null : modelOf(modelRow(ctx, rowId)).grades.map((g) => g.grade);
}

function view(ctx: CallContext): SupervisionConfigView {
  const s = storedConfig(ctx);
  const config = s?.config ?? shippedConfig(ctx);
  return { config, saved: s !== null, updatedAt: s?.updatedAt ?? null, updatedBy: s?.updatedBy ?? null, grades: modelGrades(ctx) ?? Object.keys(config.matrix.rows) };
}

/**
 * What the schema cannot see: a grade the evaluation gives must have a row (else classing those
 * enterprises fails later), and two plans for one jurisdiction and year would make the choice
 * depend on their order.
 */
function checkConfig(ctx: CallContext, config: SupervisionConfig): void {
  const missing = (modelGrades(ctx) ?? []).filter((g) => !Object.hasOwn(config.matrix.rows, g));
  if (missing.length > 0) fail('E_SUPERVISION_CONFIG', undefined, { missingGrades: missing });
  const seen = new Set<string>();
  for (const p of config.plans) {
    const key = `${p.jurisdiction}|${p.year ?? '*'}`;
    if (seen.has(key)) fail('E_SUPERVISION_PLAN_DUPLICATE', undefined, { jurisdiction: p.jurisdiction, year: p.year });
    seen.add(key);
  }
}

export const supervisionConfigGet: Handler<'supervision:config-get'> = (_input, ctx) => view(ctx);

export const supervisionConfigSave: Handler<'supervision:config-save'> = (input, ctx) => {
  checkConfig(ctx, input.config);
  const before = storedConfig(ctx)?.config ?? null;
  const value: Stored = { config: input.config, updatedAt: toBeijingIso(ctx.now()), updatedBy: requireUser(ctx).username };
  ctx.ws.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(CONFIG_KEY, JSON.stringify(value));
  ctx.audit({ action: 'supervision:config-save', entity: 'settings', entityId: CONFIG_KEY, before, after: input.config });
  return view(ctx);
};
