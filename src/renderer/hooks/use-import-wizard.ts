import { useCallback, useRef, useState } from 'react';
import type { OutputOf, ProgressEvent } from '../../contract';
import type { ImportKindName } from '../../contract/imports';
import { ApiError } from '../api/api-error';
import { call } from '../api/client';
import { fileToBase64 } from '../lib/files';

export type Preview = OutputOf<'imports:preview'>;
export type Committed = OutputOf<'imports:commit'>;
type Picked = { fileName: string; contentBase64: string };

export type WizardState =
  | { step: 'choose'; error: unknown }
  | { step: 'reading'; fileName: string }
  | { step: 'preview'; preview: Preview; error: unknown }
  | { step: 'committing'; preview: Preview }
  | { step: 'done'; result: Committed };

/**
 * The import wizard: read and check a file (nothing written), adjust the column mapping and
 * re-check, choose the rows, commit with progress and cancel. Invalid rows are always among
 * the rejected ones: the backend refuses them, so the wizard never offers them.
 */
export function useImportWizard(kind: ImportKindName) {
  const [state, setState] = useState<WizardState>({ step: 'choose', error: null });
  const [rejected, setRejected] = useState<Set<number>>(new Set());
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const picked = useRef<Picked | null>(null);
  const controller = useRef<AbortController | null>(null);

  const preview = useCallback(
    async (mapping?: Record<string, string>) => {
      const file = picked.current;
      if (!file) return;
      setState({ step: 'reading', fileName: file.fileName });
      try {
        const result = await call('imports:preview', { kind, ...file, ...(mapping ? { mapping } : {}) });
        setRejected(new Set(result.invalidRows));
        setState({ step: 'preview', preview: result, error: null });
      } catch (error) {
        setState({ step: 'choose', error });
      }
    },
    [kind],
  );

  const pick = useCallback(
    async (file: File) => {
      picked.current = { fileName: file.name, contentBase64: await fileToBase64(file) };
      await preview();
    },
    [preview],
  );

  const toggle = useCallback((row: number, accept: boolean) => {
    setRejected((previous) => {
      const next = new Set(previous);
      if (accept) next.delete(row);
      else next.add(row);
      return next;
    });
  }, []);

  const commit = useCallback(async () => {
    if (state.step !== 'preview') return;
    const current = state.preview;
    const abort = new AbortController();
    controller.current = abort;
    setProgress(null);
    setState({ step: 'committing', preview: current });
    try {
      const result = await call('imports:commit', { previewId: current.previewId, rejectRows: [...rejected] }, { onProgress: setProgress, signal: abort.signal });
      setState({ step: 'done', result });
    } catch (error) {
      const cancelled = error instanceof ApiError && error.code === 'E_CANCELLED';
      setState({ step: 'preview', preview: current, error: cancelled ? null : error });
      return cancelled ? 'cancelled' : 'failed';
    } finally {
      controller.current = null;
    }
    return 'done';
  }, [state, rejected]);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => {
    picked.current = null;
    setRejected(new Set());
    setState({ step: 'choose', error: null });
  }, []);

  const percent = progress && progress.total > 0 ? Math.floor((progress.done * 100) / progress.total) : 0;
  return { state, rejected, toggle, pick, preview, commit, cancel, reset, percent, progress };
}
