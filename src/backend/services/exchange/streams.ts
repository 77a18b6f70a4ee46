import type { z } from 'zod';
import type { IncomingStreamSchema } from '../../../contract/exchange';
import type { CallContext, Handler } from '../../router/context';

/** Kept in `meta`: how long an incoming stream may stay silent before the dashboard warns. */
const SILENCE_KEY = 'exchange.silenceDays';
/** A month: agencies exchange lists at least monthly; a configurable default, not a rule. */
export const DEFAULT_SILENCE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export function silenceDays(ctx: CallContext): number {
  const raw = ctx.ws.db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(SILENCE_KEY) as string | undefined;
  const n = Number(raw);
  return raw !== undefined && Number.isInteger(n) && n > 0 ? n : DEFAULT_SILENCE_DAYS;
}

type InRow = {
  issuer: string; agencyName: string | null; streamId: string; lastSequence: number; lastIssuedAt: string; lastImportedAt: string;
  lastStateSha256: string | null; baseSnapshotSequence: number | null; entries: number; active: number;
};

/**
 * Where each stream stands: incoming (per partner: last sequence and dates, entries held, days
 * silent and whether that is longer than the configured period: updates possibly withheld),
 * outgoing (our exchange streams), and the packages received.
 */
export const exchangeStreams: Handler<'exchange:streams'> = (_input, ctx) => {
  const db = ctx.ws.db;
  const days = silenceDays(ctx);
  const now = ctx.now().getTime();
  const rows = db.prepare(`SELECT s.issuer, (SELECT agency_name FROM trusted_keys t WHERE t.agency_code = s.issuer ORDER BY t.id DESC LIMIT 1) AS agencyName,
    s.stream_id AS streamId, s.last_sequence AS lastSequence, s.last_issued_at AS lastIssuedAt, s.last_imported_at AS lastImportedAt,
    s.last_state_sha256 AS lastStateSha256, s.base_snapshot_sequence AS baseSnapshotSequence,
    (SELECT count(*) FROM list_entries e WHERE e.issuer_agency = s.issuer AND e.stream_id = s.stream_id) AS entries,
    (SELECT count(*) FROM list_entries e WHERE e.issuer_agency = s.issuer AND e.stream_id = s.stream_id AND e.state = 'active') AS active
    FROM streams_in s ORDER BY s.issuer, s.stream_id`).all() as InRow[];
  const incoming: z.infer<typeof IncomingStreamSchema>[] = rows.map((r) => {
    const silentDays = Math.max(0, Math.floor((now - Date.parse(r.lastIssuedAt)) / DAY_MS));
    return { ...r, silentDays, silent: silentDays > days };
  });
  const outgoing = db.prepare(`SELECT p.stream_id AS streamId, p.sequence AS lastSequence, p.issued_at AS lastIssuedAt, p.entries, p.id AS lastPackageId
    FROM packages_out p WHERE p.stream_id LIKE 'exchange/%' AND p.sequence = (SELECT max(q.sequence) FROM packages_out q WHERE q.stream_id = p.stream_id)
    ORDER BY p.stream_id`).all() as { streamId: string; lastSequence: number; lastIssuedAt: string; entries: number; lastPackageId: number }[];
  const received = db.prepare(`SELECT id, issuer, stream_id AS streamId, sequence, package_sha256 AS packageSha256, manifest_sha256 AS manifestSha256,
    file_name AS fileName, status, received_at AS receivedAt, received_by AS receivedBy FROM packages_in ORDER BY id DESC LIMIT 200`).all() as {
      id: number; issuer: string | null; streamId: string | null; sequence: number | null; packageSha256: string; manifestSha256: string | null;
      fileName: string; status: string; receivedAt: string; receivedBy: string }[];
  return { silenceDays: days, incoming, outgoing, received };
};

export const exchangeSetSilence: Handler<'exchange:set-silence'> = (input, ctx) => {
  const before = silenceDays(ctx);
  ctx.ws.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(SILENCE_KEY, String(input.silenceDays));
  ctx.audit({ action: 'exchange:set-silence', entity: 'setting', entityId: SILENCE_KEY, before: { silenceDays: before }, after: { silenceDays: input.silenceDays } });
  return { silenceDays: input.silenceDays };
};
