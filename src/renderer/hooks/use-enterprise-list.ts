import { useEffect, useState } from 'react';
import type { EnterpriseStatus } from '../../core/enterprises/enterprise';
import type { RecordKind, RecordOutcome } from '../../core/records/record';
import { useQuery } from './use-query';

export type SortField = 'id' | 'name' | 'uscc' | 'regionCode' | 'updatedAt';
export type RecordFacts = { recordKind?: RecordKind; recordOutcome?: RecordOutcome; recordSince?: string };

type ListState = {
  text: string;
  query: string;
  status: EnterpriseStatus | undefined;
  facts: RecordFacts;
  sort: SortField;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
};

/** Kept across visits so "back to the list" returns to the same search and page. */
let remembered: ListState = { text: '', query: '', status: undefined, facts: {}, sort: 'id', order: 'asc', page: 1, pageSize: 20 };

const TYPING_PAUSE_MS = 300;

/**
 * The enterprise list's search state. Typing searches after a short pause (one call per pause,
 * not per key); Enter searches at once. Any new search goes back to page 1.
 */
export function useEnterpriseList() {
  const [state, setState] = useState<ListState>(remembered);
  useEffect(() => {
    remembered = state;
  }, [state]);

  useEffect(() => {
    const timer = setTimeout(() => setState((s) => (s.query === s.text.trim() ? s : { ...s, query: s.text.trim() })), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [state.text]);

  const { query, status, facts, sort, order, page, pageSize } = state;
  // A kind is what makes the facts a filter; an outcome or a date alone means nothing yet.
  const factFilter = facts.recordKind ? facts : {};
  const result = useQuery('enterprises:list', { query, status, ...factFilter, sort, order, page, pageSize });

  return {
    ...state,
    result,
    setText: (text: string) => setState((s) => ({ ...s, text, page: 1 })),
    searchNow: (text: string) => setState((s) => ({ ...s, text, query: text.trim(), page: 1 })),
    setStatus: (next: EnterpriseStatus | undefined) => setState((s) => ({ ...s, status: next, page: 1 })),
    setFacts: (next: RecordFacts) => setState((s) => ({ ...s, facts: next, page: 1 })),
    setSort: (next: SortField, nextOrder: 'asc' | 'desc') => setState((s) => ({ ...s, sort: next, order: nextOrder, page: 1 })),
    setPage: (next: number, size: number) => setState((s) => ({ ...s, page: size === s.pageSize ? next : 1, pageSize: size })),
  };
}
