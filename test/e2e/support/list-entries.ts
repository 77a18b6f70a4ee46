import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE } from '../../../src/backend/workspace/open';
import { insertEntry } from '../../backend/publications-fixtures';
import type { Workspace } from './host';

/** Whole days before `iso` (a YYYY-MM-DD), as YYYY-MM-DD. */
export function daysBefore(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** Today in Beijing, the backend's zone, whatever zone this machine is in. */
export function beijingToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export type SeededList = {
  /** The period a publication of it covers: the last 180 days up to today. */
  from: string; to: string;
  /** Subject names of the entries the publication carries, and of those it must leave out. */
  published: string[]; left: string[];
  active: number; added: number; removed: number;
};

/**
 * Blacklist entries on the demo's first enterprises, written to the real schema before the host
 * starts, while the list services (another module) are not there to make them: on the list before
 * the period, added in it (two), removed in it, expired before it, and a draft. The last two must
 * not be published.
 */
export function seedBlacklist(workspace: Workspace): SeededList {
  const to = beijingToday();
  const from = daysBefore(to, 180);
  const db = new Database(join(workspace.dir, DB_FILE));
  try {
    const firms = db.prepare('SELECT id, name, uscc FROM enterprises ORDER BY id LIMIT 6').all() as { id: number; name: string; uscc: string }[];
    if (firms.length < 6) throw new Error(`the demo has ${firms.length} enterprises; 6 are needed`);
    const [a, b, c, d, e, f] = firms as [typeof firms[0], typeof firms[0], typeof firms[0], typeof firms[0], typeof firms[0], typeof firms[0]];
    const on = (firm: typeof a) => ({ name: firm.name, uscc: firm.uscc, enterpriseId: firm.id });
    db.transaction(() => {
      insertEntry(db, { uid: 'E2E-0001', ...on(a), state: 'active', listedOn: daysBefore(to, 400), events: [['publish', daysBefore(to, 400)]] });
      insertEntry(db, { uid: 'E2E-0002', ...on(b), state: 'active', listedOn: daysBefore(to, 30), events: [['decide', daysBefore(to, 40), '长市监信〔2026〕21号'], ['publish', daysBefore(to, 30)]] });
      insertEntry(db, { uid: 'E2E-0003', ...on(c), state: 'active', listedOn: daysBefore(to, 60), events: [['publish', daysBefore(to, 60)]] });
      insertEntry(db, { uid: 'E2E-0004', ...on(d), state: 'removed', listedOn: daysBefore(to, 500), removedOn: daysBefore(to, 20),
        events: [['publish', daysBefore(to, 500)], ['approve-removal', daysBefore(to, 20), '长市监信〔2026〕30号']] });
      insertEntry(db, { uid: 'E2E-0005', ...on(e), state: 'expired', listedOn: daysBefore(to, 1500), removedOn: daysBefore(to, 400),
        events: [['publish', daysBefore(to, 1500)], ['expire', daysBefore(to, 400)]] });
      insertEntry(db, { uid: 'E2E-0006', ...on(f), state: 'draft', events: [['propose', daysBefore(to, 5)]] });
    })();
    return { from, to, published: [a, b, c, d].map((x) => x.name), left: [e, f].map((x) => x.name), active: 3, added: 2, removed: 1 };
  } finally {
    db.close();
  }
}
