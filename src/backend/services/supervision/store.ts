import type { Draw, DrawSummary } from '../../../contract/supervision';
import type { CallContext } from '../../router/context';

/**
 * Draws are kept in `meta`, one JSON value per draw under a zero-padded key, so no migration is
 * needed: a draw is written once and read whole, never queried by its parts. The padding keeps
 * key order equal to draw order.
 */
const PREFIX = 'supervision_draw:';
const keyOf = (id: number): string => `${PREFIX}${String(id).padStart(8, '0')}`;

/** The next draw id. Safe without a sequence: calls that change data run one at a time, each in its own transaction. */
function nextId(ctx: CallContext): number {
  const last = ctx.ws.db.prepare(`SELECT key FROM meta WHERE key GLOB '${PREFIX}*' ORDER BY key DESC LIMIT 1`).pluck().get() as string | undefined;
  return last === undefined ? 1 : Number(last.slice(PREFIX.length)) + 1;
}

export function storeDraw(ctx: CallContext, draw: Omit<Draw, 'id'>): Draw {
  const stored: Draw = { id: nextId(ctx), ...draw };
  ctx.ws.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(keyOf(stored.id), JSON.stringify(stored));
  return stored;
}

export function readDraw(ctx: CallContext, id: number): Draw | null {
  const raw = ctx.ws.db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(keyOf(id)) as string | undefined;
  return raw === undefined ? null : (JSON.parse(raw) as Draw);
}

/** Newest first, without the lists. */
export function listDraws(ctx: CallContext): DrawSummary[] {
  const rows = ctx.ws.db.prepare(`SELECT value FROM meta WHERE key GLOB '${PREFIX}*' ORDER BY key DESC`).pluck().all() as string[];
  return rows.map((raw) => {
    const { perMode: _perMode, list: _list, ...summary } = JSON.parse(raw) as Draw;
    return summary;
  });
}
