import type { Handler } from '../../router/context';
import { readAgency } from '../keys/agency';
import { streamOf } from './build';
import { lastOnStream } from './issued';
import { scopeOf, selectEntries } from './select';

/**
 * The numbers the issue dialog shows before the irreversible step: the same selection that
 * `publications:issue` signs, counted, with nothing built, signed or stored.
 */
export const publicationsPreview: Handler<'publications:preview'> = (input, ctx) => {
  const scope = scopeOf(input.listType);
  // The agency code only fills each record's provenance; the counts do not depend on it.
  const entries = selectEntries(ctx.ws.db, scope, input.from, input.to, readAgency(ctx)?.code ?? '');
  const stats = { entries: entries.length, added: 0, amended: 0, removed: 0 };
  for (const e of entries) if (e.change) stats[e.change] += 1;
  const streamId = streamOf(scope);
  const previous = lastOnStream(ctx, streamId);
  return {
    streamId, sequence: (previous?.sequence ?? 0) + 1, stats,
    active: entries.filter((e) => e.record.status === 'active').length,
    previous: previous ? { docNo: previous.docNo, issuedAt: previous.issuedAt, periodTo: previous.periodTo } : null,
  };
};
