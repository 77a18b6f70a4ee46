import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { canonicalJson } from '../../core/shared/canonical-json';

export const GENESIS_HASH = '0'.repeat(64);
const HEAD_KEY = 'audit.head';

export type AuditEntry = {
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
};

export type AuditActor = { userId: number | null; username: string };

type StoredRow = {
  seq: number; at: string; user_id: number | null; username: string; action: string; entity: string;
  entity_id: string | null; before_json: string | null; after_json: string | null; prev_hash: string; hash: string;
};

/** The hash covers every column but itself, in canonical form, chained to the previous hash. */
function rowHash(row: Omit<StoredRow, 'hash'>): string {
  const body = canonicalJson({
    seq: row.seq, at: row.at, userId: row.user_id, username: row.username, action: row.action,
    entity: row.entity, entityId: row.entity_id, before: row.before_json, after: row.after_json,
    prevHash: row.prev_hash,
  });
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : canonicalJson(value);
}

function readHead(db: Database.Database): { seq: number; hash: string } {
  const raw = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(HEAD_KEY) as string | undefined;
  return raw ? (JSON.parse(raw) as { seq: number; hash: string }) : { seq: 0, hash: GENESIS_HASH };
}

/**
 * Appends one audit row and moves the head. Must run inside the caller's transaction, so the
 * audit row and the change it records commit or vanish together.
 */
export function appendAudit(db: Database.Database, actor: AuditActor, at: string, entry: AuditEntry): number {
  if (!db.inTransaction) throw new Error('appendAudit outside a transaction');
  const head = readHead(db);
  const row = {
    seq: head.seq + 1, at, user_id: actor.userId, username: actor.username, action: entry.action,
    entity: entry.entity, entity_id: entry.entityId, before_json: toJson(entry.before), after_json: toJson(entry.after),
    prev_hash: head.hash,
  };
  const hash = rowHash(row);
  db.prepare(`INSERT INTO audit_log (seq, at, user_id, username, action, entity, entity_id, before_json, after_json, prev_hash, hash)
    VALUES (@seq, @at, @user_id, @username, @action, @entity, @entity_id, @before_json, @after_json, @prev_hash, @hash)`)
    .run({ ...row, hash });
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
    .run(HEAD_KEY, JSON.stringify({ seq: row.seq, hash }));
  return row.seq;
}

export type AuditProblem = { seq: number | null; kind: 'hash-mismatch' | 'chain-broken' | 'gap' | 'head-mismatch'; message: string };

/**
 * Walks the whole chain. Reports every row whose content no longer matches its hash (edited),
 * every break in the links or in the sequence (deleted or inserted rows), and a head that does
 * not match the last row (rows cut off the end).
 */
export function verifyAuditChain(db: Database.Database): { rows: number; problems: AuditProblem[] } {
  const problems: AuditProblem[] = [];
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let rows = 0;
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<StoredRow>) {
    rows++;
    if (row.seq !== expectedSeq) {
      problems.push({ seq: row.seq, kind: 'gap', message: `第 ${expectedSeq}–${row.seq - 1} 条审计记录缺失（被删除）` });
    }
    if (row.prev_hash !== prevHash) {
      problems.push({ seq: row.seq, kind: 'chain-broken', message: `第 ${row.seq} 条审计记录与前一条的链接断开` });
    }
    const { hash, ...rest } = row;
    if (rowHash(rest) !== hash) {
      problems.push({ seq: row.seq, kind: 'hash-mismatch', message: `第 ${row.seq} 条审计记录内容被修改（哈希不符）` });
    }
    expectedSeq = row.seq + 1;
    prevHash = hash;
  }
  const head = readHead(db);
  if (head.seq !== expectedSeq - 1 || head.hash !== prevHash) {
    problems.push({ seq: head.seq, kind: 'head-mismatch', message: `审计链末端与记录的链头（第 ${head.seq} 条）不符：末尾记录被删除或链头被改动` });
  }
  return { rows, problems };
}
