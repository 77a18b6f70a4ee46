import { createHash } from 'node:crypto';
import { compileModel } from '../../../core/evaluation/evaluate';
import type { EvaluationInput } from '../../../core/evaluation/types';
import { whatIf } from '../../../core/evaluation/what-if';
import { fail } from '../../failure';
import type { Handler } from '../../router/context';
import { inputReader, type Scope } from './inputs';
import { modelOf, modelRow } from './models';
import { previousGradesReader, runRow } from './run';

const MOVERS_SHOWN = 200;

/**
 * The same inputs as the run, evaluated with the run's model and with the changed copy, in memory:
 * nothing is saved, and the person sees how the distribution and individual grades would move.
 */
export const evaluationWhatIf: Handler<'evaluation:what-if'> = (input, ctx) => {
  const run = runRow(ctx, input.runId);
  const model = modelOf(modelRow(ctx, run.modelRowId));
  const compiled = compileModel(model);
  if (!compiled.ok) fail(compiled.error.code, compiled.error.message, compiled.error.details);
  const db = ctx.ws.db;
  const reader = inputReader(db, JSON.parse(run.scope) as Scope, previousGradesReader(db, run.asOf), createHash('sha256'));
  const inputs: EvaluationInput[] = [];
  for (let chunk = reader.next(); chunk !== null; chunk = reader.next()) inputs.push(...chunk);
  const r = whatIf({ model, overrides: input.overrides, inputs, asOf: run.asOf });
  if (!r.ok) fail(r.error.code, r.error.message, r.error.details);
  const names = new Map<number, string>();
  const moved = [...r.value.upgrades, ...r.value.downgrades].sort((a, b) => a.enterpriseId - b.enterpriseId);
  const nameOf = db.prepare('SELECT name FROM enterprises WHERE id = ?').pluck();
  const movers = moved.slice(0, MOVERS_SHOWN).map((m) => {
    if (!names.has(m.enterpriseId)) names.set(m.enterpriseId, nameOf.get(m.enterpriseId) as string);
    return { ...m, name: names.get(m.enterpriseId) ?? '' };
  });
  return { before: r.value.before.byGrade, after: r.value.after.byGrade, moved: moved.length, movers };
};
