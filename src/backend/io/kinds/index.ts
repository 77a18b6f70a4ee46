import type Database from 'better-sqlite3';
import type { ImportKindName } from '../../../contract/imports';
import type { EnterpriseFields } from '../../../core/enterprises/enterprise';
import type { ErrorCode } from '../../../core/shared/errors';
import { enterpriseKind } from './enterprises';
import { enterpriseInserter, storedEnterprises, storedUscc } from './enterprises-store';
import type { ImportKind } from './kind';

/** The record type each kind checks rows into. */
export type KindRecords = { enterprises: EnterpriseFields };

/** Where a kind's records live in the database. */
export type KindStore<T> = {
  /** Why a key is already taken, or null. */
  existing(db: Database.Database): (key: string) => { code: ErrorCode; message: string } | null;
  inserter(db: Database.Database, at: string, batchId: number): (record: T) => void;
  /** The records an export writes, oldest first, excluding the trash. */
  stored(db: Database.Database): Iterable<T>;
};

/** The kinds of file the importer understands. A new kind adds its two modules and a line here. */
export const KINDS: { [K in ImportKindName]: { kind: ImportKind<KindRecords[K]>; store: KindStore<KindRecords[K]> } } = {
  enterprises: { kind: enterpriseKind, store: { existing: storedUscc, inserter: enterpriseInserter, stored: storedEnterprises } },
};
