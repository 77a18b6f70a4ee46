import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Local accounts. Passwords are scrypt hashes; roles are checked by the router, never the UI. */
export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role', { enum: ['officer', 'reviewer', 'admin'] }).notNull(),
  passwordHash: text('password_hash').notNull(),
  disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
  createdAt: text('created_at').notNull(),
  /** Consecutive failed logins; reset by a successful one or by an administrator. */
  failedLogins: integer('failed_logins').notNull().default(0),
  /** Sign-in refused until this time (+08:00) after too many failures. */
  lockedUntil: text('locked_until'),
}, (t) => [check('users_role_check', sql`${t.role} in ('officer', 'reviewer', 'admin')`)]);

/** The enterprise at the core of every dossier, keyed by its unified social credit code. */
export const enterprises = sqliteTable('enterprises', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  uscc: text('uscc').notNull().unique(),
  /** The officer kept a code whose check character fails (legal early pilot codes exist). */
  usccCheckAcknowledged: integer('uscc_check_ack', { mode: 'boolean' }).notNull().default(false),
  name: text('name').notNull(),
  regionCode: text('region_code').notNull(),
  industryCode: text('industry_code').notNull(),
  legalRepresentative: text('legal_representative').notNull().default(''),
  address: text('address').notNull().default(''),
  status: text('status', { enum: ['active', 'revoked', 'cancelled', 'moved_out'] }).notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
}, (t) => [
  index('enterprises_region_idx').on(t.regionCode),
  check('enterprises_status_check', sql`${t.status} in ('active', 'revoked', 'cancelled', 'moved_out')`),
  check('enterprises_uscc_len', sql`length(${t.uscc}) = 18`),
]);

/**
 * Append-only audit trail. Each row's hash covers its content and the previous row's hash, so an
 * edited or deleted row breaks the chain; the head (last seq and hash) is kept in `meta` so that
 * cutting rows off the end is caught too.
 */
export const auditLog = sqliteTable('audit_log', {
  seq: integer('seq').primaryKey(),
  at: text('at').notNull(),
  userId: integer('user_id'),
  username: text('username').notNull(),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id'),
  beforeJson: text('before_json'),
  afterJson: text('after_json'),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
}, (t) => [index('audit_entity_idx').on(t.entity, t.entityId)]);

/** Small key/value facts about the workspace (the audit head, creation time). */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export type UserRow = typeof users.$inferSelect;
export type EnterpriseRow = typeof enterprises.$inferSelect;
export type AuditLogRow = typeof auditLog.$inferSelect;
