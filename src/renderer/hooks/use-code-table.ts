import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { CodeEntrySchema } from '../../contract';
import { call } from '../api/client';

export type CodeEntry = z.infer<typeof CodeEntrySchema>;
type CodeChannel = 'codes:regions' | 'codes:industries';

/** The code tables are thousands of rows and never change while the app runs: fetch each once. */
const cache = new Map<CodeChannel, Promise<CodeEntry[]>>();

function load(channel: CodeChannel): Promise<CodeEntry[]> {
  let pending = cache.get(channel);
  if (!pending) {
    pending = call(channel, {});
    // A failure must not stick: the next form opening tries again.
    pending.catch(() => cache.delete(channel));
    cache.set(channel, pending);
  }
  return pending;
}

export function useCodeTable(channel: CodeChannel): { entries: CodeEntry[]; loading: boolean; error: unknown } {
  const [entries, setEntries] = useState<CodeEntry[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let current = true;
    load(channel)
      .then((list) => current && setEntries(list))
      .catch((cause: unknown) => current && setError(cause))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [channel]);
  return { entries, loading, error };
}
