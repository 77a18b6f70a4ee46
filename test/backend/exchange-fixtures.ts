import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { OutputOf } from '../../src/contract';
import { heldStateSha256 } from '../../src/backend/services/exchange/in/stream-state';
import { testBackend, type TestBackend } from '../helpers/workspace';

export const PASSPHRASE = '签名口令 Sign-2026';
export const AGENCY_A = { agencyCode: '11430100MB1234567X', agencyName: '长沙市市场监督管理局' };
export const AGENCY_B = { agencyCode: '11440100MB0000001X', agencyName: '广州市市场监督管理局' };
export const AGENCY_C = { agencyCode: '11110000MB7654321Y', agencyName: '北京市市场监督管理局' };

export type Clock = { at: Date };

/** A workspace of an agency with a signing key, on a clock the test moves. */
export async function agencyWorkspace(agency: typeof AGENCY_A, clock: Clock): Promise<{ b: TestBackend; admin: string; reviewer: string; officer: string; key: OutputOf<'keys:generate'>['key'] }> {
  const b = await testBackend({ now: () => clock.at });
  const admin = await b.login('admin');
  const generated = (await b.value('keys:generate', { alg: 'ed25519', passphrase: PASSPHRASE, ...agency }, admin)) as OutputOf<'keys:generate'>;
  return { b, admin, reviewer: await b.login('reviewer'), officer: await b.login('officer'), key: generated.key };
}

/**
 * SHA-256 over every row of every table (in rowid order), sqlite internals aside: two equal
 * digests mean the database did not change at all.
 */
export function databaseDigest(db: Database.Database): string {
  const h = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  for (const t of tables) {
    h.update(`\n#${t}\n`);
    for (const row of db.prepare(`SELECT * FROM "${t}"`).raw().iterate() as Iterable<unknown[]>) {
      h.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : typeof v === 'bigint' ? v.toString() : v)));
    }
  }
  return h.digest('hex');
}

/** The state digest of what B holds of A's stream (the receiver's side of formats.md §2 stateSha256). */
export const heldState = (db: Database.Database, issuer: string, streamId: string): string => heldStateSha256(db, issuer, streamId).sha256;
