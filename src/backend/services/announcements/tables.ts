import type { AnnouncementKind } from '../../../contract/announcements';
import { FOLLOW_UP_SYNONYMS, LICENCE_SYNONYMS, PENALTY_SYNONYMS } from '../../../core/import-parse/header-synonyms';
import type { SynonymTable } from '../../../core/import-parse/synonym-table';

/**
 * The shipped header synonyms per kind. Spot-check files are read with the follow-up table, a
 * superset of the result table: the same reading serves both, and a file with 整改 / 复查 / 处罚
 * columns is a follow-up table. A workspace adds its own variants (see synonyms.ts).
 */
export const TABLES: Readonly<Record<AnnouncementKind, SynonymTable>> = {
  'spot-checks': FOLLOW_UP_SYNONYMS,
  penalties: PENALTY_SYNONYMS,
  licences: LICENCE_SYNONYMS,
};
