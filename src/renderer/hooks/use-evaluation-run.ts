import { useCallback, useRef, useState } from 'react';
import type { ProgressEvent } from '../../contract';
import type { EvaluationRun } from '../../contract/evaluation';
import { ApiError } from '../api/api-error';
import { call } from '../api/client';

export type RunOutcome = { kind: 'done'; run: EvaluationRun } | { kind: 'cancelled' } | { kind: 'failed'; error: unknown };

/** Starts `evaluation:run` with its progress events; `cancel` asks the backend to stop and roll back. */
export function useEvaluationRun() {
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const [running, setRunning] = useState(false);
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(async (asOf: string, modelRowId: number | undefined): Promise<RunOutcome> => {
    const abort = new AbortController();
    controller.current = abort;
    setProgress(null);
    setRunning(true);
    try {
      const run = await call('evaluation:run', { asOf, modelRowId, scope: {} }, { onProgress: setProgress, signal: abort.signal });
      // The last event may be older than the finish: the bar ends full when the run is stored.
      setProgress((p) => ({ requestId: p?.requestId ?? '', done: run.enterprises, total: run.enterprises, label: p?.label }));
      return { kind: 'done', run };
    } catch (error) {
      if (error instanceof ApiError && error.code === 'E_CANCELLED') return { kind: 'cancelled' };
      return { kind: 'failed', error };
    } finally {
      controller.current = null;
      setRunning(false);
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setProgress(null), []);
  const percent = progress && progress.total > 0 ? Math.floor((progress.done * 100) / progress.total) : 0;
  return { progress, percent, running, start, cancel, reset };
}
