import { useCallback, useRef, useState } from 'react';
import type { ProgressEvent } from '../../contract';
import { ApiError } from '../api/api-error';
import { call } from '../api/client';

export type DemoOutcome = { kind: 'done'; enterprises: number } | { kind: 'cancelled' } | { kind: 'failed'; error: unknown };

/** Runs `demo:generate` with its progress events, and cancels it on request. */
export function useDemoGeneration() {
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(async (enterprises: number): Promise<DemoOutcome> => {
    const abort = new AbortController();
    controller.current = abort;
    setProgress(null);
    try {
      const result = await call('demo:generate', { enterprises }, { onProgress: setProgress, signal: abort.signal });
      return { kind: 'done', enterprises: result.enterprises };
    } catch (error) {
      if (error instanceof ApiError && error.code === 'E_CANCELLED') return { kind: 'cancelled' };
      return { kind: 'failed', error };
    } finally {
      controller.current = null;
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);

  const percent = progress && progress.total > 0 ? Math.floor((progress.done * 100) / progress.total) : 0;
  return { progress, percent, run, cancel };
}
