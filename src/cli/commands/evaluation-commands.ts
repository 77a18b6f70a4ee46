import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Backend } from '../../backend/backend';
import { fail } from '../../backend/failure';
import { normaliseCode } from '../../core/identifiers/normalise';
import { call, UsageError, type Out } from '../io';
import { signInAs } from './accounts';
import type { Flags } from './workspace-commands';

function readModel(file: string): unknown {
  try {
    return JSON.parse(readFileSync(resolve(file), 'utf8')) as unknown;
  } catch (e) {
    return fail('E_MODEL_INVALID', `无法读取评价模型 ${file}：${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * `qcd evaluate`: a run proposed as the named user, like the app's button; `--model FILE` first
 * stores the model (a new version; reviewers and administrators only) and runs with it.
 */
export async function evaluateCommand(backend: Backend, flags: Flags, out: Out): Promise<void> {
  if (!flags.asOf) throw new UsageError('缺少 --as-of YYYY-MM-DD');
  const session = await signInAs(backend, flags.user, flags.passwordFile);
  const model = flags.model ? await call(backend, 'evaluation:model-save', { model: readModel(flags.model) }, session) : null;
  const run = await call(backend, 'evaluation:run', { asOf: flags.asOf, ...(model ? { modelRowId: model.id } : {}), scope: {} }, session, out);
  const counts = Object.fromEntries(run.counts.map((c) => [c.grade, c.count]));
  out.result(
    { ok: true, runId: run.id, model: { id: run.modelId, version: run.modelVersion }, asOf: run.asOf, enterprises: run.enterprises, counts, durationMs: run.durationMs, inputDigest: run.inputDigest, status: run.status },
    `评价批次 ${run.id}（模型 ${run.modelId} 第 ${run.modelVersion} 版，截至 ${run.asOf}）：${run.enterprises} 家企业，用时 ${(run.durationMs / 1000).toFixed(1)} 秒\n` +
      run.counts.map((c) => `  ${c.grade}：${c.count}`).join('\n') + '\n待审核人审核后生效',
  );
}

/** `qcd explain --run ID --uscc CODE`: every point of one result and the records behind it. */
export async function explainCommand(backend: Backend, flags: Flags, out: Out): Promise<void> {
  const runId = Number(flags.run);
  if (!Number.isInteger(runId) || runId < 1) throw new UsageError('--run 须为评价批次编号');
  if (!flags.uscc) throw new UsageError('缺少 --uscc CODE');
  const session = backend.localReaderSession();
  const uscc = normaliseCode(flags.uscc);
  const hit = (await call(backend, 'enterprises:list', { query: uscc, pageSize: 200 }, session)).items.find((e) => e.uscc === uscc);
  if (!hit) fail('E_NOT_FOUND', `没有统一社会信用代码为 ${uscc} 的企业`);
  const x = await call(backend, 'evaluation:explain', { runId, enterpriseId: hit.id }, session);
  const lines = [
    `${x.name}（${x.uscc}）截至 ${x.asOf}：${x.score} 分，按分数 ${x.rawGrade}，最终 ${x.grade}`,
    ...x.indicators.map((i) => `  ${i.label}：${i.points}/${i.maxPoints}${i.recordIds.length ? `（记录 ${i.recordIds.join('、')}）` : ''}`),
    ...[...x.gatesFailed, ...x.caps, ...x.vetoes].map((h) => `  ${h.label} → 至多 ${h.grade}`),
  ];
  out.result({ ok: true, ...x }, lines.join('\n'));
}
