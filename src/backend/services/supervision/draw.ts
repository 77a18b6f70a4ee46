import { createHash, randomBytes } from 'node:crypto';
import type { Draw, SupervisionClass } from '../../../contract/supervision';
import { drawInspectionList } from '../../../core/supervision/draw';
import { resolvePlan } from '../../../core/supervision/matrix';
import type { InspectionPlan, SupervisionConfig } from '../../../core/supervision/schema';
import { toBeijingIso } from '../../../core/shared/time';
import { fail } from '../../failure';
import { requireUser, type CallContext, type Handler } from '../../router/context';
import { configInForce } from './config';
import { classify } from './grades';
import { listDraws, readDraw, storeDraw } from './store';

type Inputs = { runId: number | null; plan: InspectionPlan; candidates: SupervisionClass[]; digest: string };

/**
 * What a draw depends on, read now, with a digest over it: the candidates (id, grade, risk, mode)
 * in id order, the plan and the matrix's id and version. Names and addresses are left out: a
 * renamed firm does not change who is drawn.
 */
function inputsOf(ctx: CallContext, config: SupervisionConfig, year: number, region: string | null): Inputs {
  const { runId, items } = classify(ctx, config.matrix, region);
  const planned = resolvePlan(config.plans, region ?? '*', year);
  if (!planned.ok) fail(planned.error.code, planned.error.message, planned.error.details);
  const canonical = JSON.stringify({
    year, region, runId, matrix: [config.matrix.id, config.matrix.version], plan: planned.value,
    candidates: items.map((c) => [c.enterpriseId, c.grade, c.riskGrade, c.mode]),
  });
  return { runId, plan: planned.value, candidates: items, digest: createHash('sha256').update(canonical).digest('hex') };
}

function drawn(inputs: Inputs, year: number, region: string | null, seed: string): Pick<Draw, 'perMode' | 'list' | 'selected'> {
  const result = drawInspectionList({ jurisdiction: region ?? '*', year, seed, plan: inputs.plan, enterprises: inputs.candidates });
  const byId = new Map(inputs.candidates.map((c) => [c.enterpriseId, c]));
  const list = result.list.map((item) => {
    const c = byId.get(item.enterpriseId);
    if (!c) throw new Error(`drawn enterprise ${item.enterpriseId} is not a candidate`);
    return { enterpriseId: c.enterpriseId, uscc: c.uscc, name: c.name, regionCode: c.regionCode, grade: c.grade, riskGrade: c.riskGrade, mode: item.mode, visits: item.visits };
  });
  return { perMode: result.perMode, list, selected: list.length };
}

/** A seed nobody can predict when none is given: 16 hex digits from the OS's random source. */
const newSeed = (): string => randomBytes(8).toString('hex');

export const supervisionDraw: Handler<'supervision:draw'> = (input, ctx) => {
  const user = requireUser(ctx);
  const inputs = inputsOf(ctx, configInForce(ctx), input.year, input.region);
  const given = input.seed !== undefined && input.seed !== '';
  const seed = given ? (input.seed ?? '') : newSeed();
  const draw = storeDraw(ctx, {
    year: input.year, region: input.region, seed, seedGenerated: !given, inputsDigest: inputs.digest, runId: inputs.runId,
    drawnBy: user.username, drawnAt: toBeijingIso(ctx.now()), ...drawn(inputs, input.year, input.region, seed),
  });
  ctx.audit({ action: 'supervision:draw', entity: 'supervision_draw', entityId: String(draw.id), before: null, after: {
    year: draw.year, region: draw.region, seed: draw.seed, seedGenerated: draw.seedGenerated, inputsDigest: draw.inputsDigest, selected: draw.selected,
    enterpriseIds: draw.list.map((i) => i.enterpriseId),
  } });
  return draw;
};

export const supervisionDraws: Handler<'supervision:draws'> = (_input, ctx) => listDraws(ctx);

export const supervisionDrawGet: Handler<'supervision:draw-get'> = (input, ctx) => {
  const draw = readDraw(ctx, input.id) ?? fail('E_NOT_FOUND', `未找到编号为 ${input.id} 的抽取记录`);
  const now = inputsOf(ctx, configInForce(ctx), draw.year, draw.region);
  return { ...draw, inputsUnchanged: now.digest === draw.inputsDigest };
};
