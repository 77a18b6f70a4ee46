import { useCallback, useEffect, useState } from 'react';
import type { Channel, InputOf, OutputOf } from '../../contract';
import { call } from '../api/client';

export type Query<T> = {
  data: T | undefined;
  error: unknown;
  /** True whenever `data` is not yet the answer to the current input. */
  loading: boolean;
  reload: () => void;
};

type Answer<T> = { request: string | null; data: T | undefined; error: unknown };

/**
 * Fetches `channel` whenever `input` changes by value (`null` = do not fetch yet). The previous
 * data stays while the next page loads, so tables do not flash empty between pages, and an
 * answer that arrives after a newer request started is dropped. `loading` is derived from
 * which request the data answers, so it is never false for a render showing stale data.
 */
export function useQuery<K extends Channel>(channel: K, input: InputOf<K> | null): Query<OutputOf<K>> {
  const [answer, setAnswer] = useState<Answer<OutputOf<K>>>({ request: null, data: undefined, error: null });
  const [generation, setGeneration] = useState(0);
  const key = input === null ? null : JSON.stringify(input);
  const request = key === null ? null : `${channel}#${generation}#${key}`;

  useEffect(() => {
    if (key === null || request === null) return undefined;
    let current = true;
    call(channel, JSON.parse(key) as InputOf<K>)
      .then((data) => {
        if (current) setAnswer({ request, data, error: null });
      })
      .catch((error: unknown) => {
        if (current) setAnswer((previous) => ({ request, data: previous.data, error }));
      });
    return () => {
      current = false;
    };
  }, [channel, key, request]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data: answer.data, error: answer.error, loading: request !== null && answer.request !== request, reload };
}
