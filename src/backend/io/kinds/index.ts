import type Database from 'better-sqlite3';
import type { ImportKindName } from '../../../contract/imports';
import type { EnterpriseFields } from '../../../core/enterprises/enterprise';
import type { ErrorCode } from '../../../core/shared/errors';
import { enterpriseKind } from './enterprises';
import { enterpriseInserter, storedEnterprises, storedUscc } from './enterprises-store';
import type { ImportKind } from './kind';
import { RECORD_KINDS, type RecordKind } from '../../../core/records/record';
import { recordKind, type ImportedRecord } from './records';
import { recordStore } from './records-store';
import { personKind, type ImportedPerson } from './persons';
import { personStore } from './persons-store';
import { productKind, type ImportedProduct } from './products';
import { productStore } from './products-store';

/** The record type each kind checks rows into. */
export type KindRecords = { enterprises: EnterpriseFields; persons: ImportedPerson; products: ImportedProduct } & { [K in RecordKind]: ImportedRecord };

/** Who an export is for: ID numbers are whole only for administrators (issue 3). */
export type ExportReader = { admin: boolean };

/** Where a kind's records live in the database. */
export type KindStore<T> = {
  /** Why a key is already taken, or null. */
  existing(db: Database.Database): (key: string) => { code: ErrorCode; message: string } | null;
  inserter(db: Database.Database, at: string, batchId: number): (record: T) => void;
  /** The records an export writes, oldest first, excluding the trash. */
  stored(db: Database.Database, reader: ExportReader): Iterable<T>;
};

/** The kinds of file the importer understands. A new kind adds its two modules and a line here. */
export const KINDS: { [K in ImportKindName]: { kind: ImportKind<KindRecords[K]>; store: KindStore<KindRecords[K]> } } = {
  enterprises: { kind: enterpriseKind, store: { existing: storedUscc, inserter: enterpriseInserter, stored: storedEnterprises } },
  persons: { kind: personKind, store: personStore },
  products: { kind: productKind, store: productStore },
  ...recordKinds(),
};

function recordKinds(): { [K in RecordKind]: { kind: ImportKind<ImportedRecord>; store: KindStore<ImportedRecord> } } {
  const entry = (k: RecordKind) => ({ kind: recordKind(k), store: recordStore(k) });
  return {
    'spot-checks': entry('spot-checks'), penalties: entry('penalties'), licences: entry('licences'), complaints: entry('complaints'),
    accidents: entry('accidents'), interviews: entry('interviews'), commitments: entry('commitments'), awards: entry('awards'),
  };
}

/** The table and audit entity a kind's rows live in (an undo soft-deletes them there). */
export const KIND_TABLES: { [K in ImportKindName]: { table: string; entity: string } } = {
  enterprises: { table: 'enterprises', entity: 'enterprise' },
  persons: { table: 'persons', entity: 'person' },
  products: { table: 'products', entity: 'product' },
  ...Object.fromEntries(RECORD_KINDS.map((k) => [k, { table: 'credit_records', entity: 'record' }])) as { [K in RecordKind]: { table: string; entity: string } },
};

export type KindEntry<T> = { kind: ImportKind<T>; store: KindStore<T> };

/**
 * A kind's importer and store with their record type erased. Safe because callers only hand the
 * store records its own importer produced (the type ties them within one entry, not across a union).
 */
export function kindEntry(name: ImportKindName): KindEntry<unknown> {
  return KINDS[name] as unknown as KindEntry<unknown>;
}
