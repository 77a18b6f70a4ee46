import { useEffect, useState } from 'react';
import { RECORD_KINDS, type RecordKind } from '../../core/records/record';
import { call } from '../api/client';

export type KindCount = { kind: RecordKind; enterprises: number; capped: boolean };

/**
 * How many enterprises have a record of each kind, from `enterprises:list` with the record-fact
 * filter (one page of one row per kind). The contract has no count of records by kind across the
 * workspace (`stats:counts` counts only users, enterprises and audit rows), so this is the
 * closest honest figure; the list caps its count at 10,000, and `capped` says so.
 */
export function useRecordKindCounts(): { counts: KindCount[] | undefined; error: unknown } {
  const [state, setState] = useState<{ counts: KindCount[] | undefined; error: unknown }>({ counts: undefined, error: null });
  useEffect(() => {
    let current = true;
    Promise.all(
      RECORD_KINDS.map(async (kind) => {
        const page = await call('enterprises:list', { recordKind: kind, page: 1, pageSize: 1 });
        return { kind, enterprises: page.total, capped: page.totalCapped };
      }),
    )
      .then((counts) => current && setState({ counts, error: null }))
      .catch((error: unknown) => current && setState({ counts: undefined, error }));
    return () => {
      current = false;
    };
  }, []);
  return state;
}
