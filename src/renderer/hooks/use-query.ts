import { useCallback, useEffect, useState } from 'react';
import type { Channel, InputOf, OutputOf } from '../../contract';
import { call } from '../api/client';

export type Query<T> = {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
};

/**
 * Fetches `channel` whenever `input` changes by value (`null` = do not fetch yet). The previous
 * data stays while the next page loads, so tables do not flash empty between pages, and an
 * answer that arrives after a newer request started is dropped.
 */
export function useQuery<K extends Channel>(channel: K, input: InputOf<K> | null): Query<OutputOf<K>> {
  const [data, setData] = useState<OutputOf<K>>();
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(input !== null);
  const [generation, setGeneration] = useState(0);
  const key = input === null ? null : JSON.stringify(input);

  useEffect(() => {
    if (key === null) return undefined;
    let current = true;
    setLoading(true);
    call(channel, JSON.parse(key) as InputOf<K>)
      .then((value) => {
        if (!current) return;
        setData(value);
        setError(null);
      })
      .catch((cause: unknown) => {
        if (current) setError(cause);
      })
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [channel, key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, loading, reload };
}
