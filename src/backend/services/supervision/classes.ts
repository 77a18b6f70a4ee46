import { SUPERVISION_MODES } from '../../../core/supervision/schema';
import type { Handler } from '../../router/context';
import { configInForce } from './config';
import { classify } from './grades';

/** Classes are computed on read (never stored), so they always follow the matrix and the approved run in force. */
export const supervisionClasses: Handler<'supervision:classes'> = (input, ctx) => {
  const { runId, items } = classify(ctx, configInForce(ctx).matrix, input.region);
  const counts = SUPERVISION_MODES.map((mode) => ({ mode, count: items.filter((i) => i.mode === mode).length }));
  const shown = input.mode ? items.filter((i) => i.mode === input.mode) : items;
  const start = (input.page - 1) * input.pageSize;
  return { items: shown.slice(start, start + input.pageSize), total: shown.length, page: input.page, pageSize: input.pageSize, counts, runId };
};
