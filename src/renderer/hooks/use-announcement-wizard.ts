import { useCallback, useRef, useState } from 'react';
import type { OutputOf } from '../../contract';
import type { AnnouncementKind, ColumnMapping } from '../../contract/announcements';
import { call } from '../api/client';
import { fileToBase64 } from '../lib/files';

export type AnnouncementPreview = OutputOf<'announcements:preview'>;
export type AnnouncementCommitted = OutputOf<'announcements:commit'>;

export type AnnouncementState =
  | { step: 'choose'; error: unknown }
  | { step: 'reading'; fileName: string }
  | { step: 'preview'; preview: AnnouncementPreview; error: unknown }
  | { step: 'committing'; preview: AnnouncementPreview }
  | { step: 'done'; result: AnnouncementCommitted };

/**
 * The announcement import: read a file as published (nothing written), correct the column
 * mapping and read again, confirm. The corrections accumulate across re-checks, and the commit
 * confirms exactly the mapping the last preview showed, which the backend remembers for the layout.
 */
export function useAnnouncementWizard(kind: AnnouncementKind) {
  const [state, setState] = useState<AnnouncementState>({ step: 'choose', error: null });
  const picked = useRef<{ fileName: string; contentBase64: string } | null>(null);
  const overrides = useRef<ColumnMapping>({});

  const preview = useCallback(async (corrections?: ColumnMapping) => {
    const file = picked.current;
    if (!file) return;
    if (corrections) overrides.current = { ...overrides.current, ...corrections };
    setState({ step: 'reading', fileName: file.fileName });
    try {
      const mapping = Object.keys(overrides.current).length > 0 ? { mapping: overrides.current } : {};
      const result = await call('announcements:preview', { kind, ...file, ...mapping });
      setState({ step: 'preview', preview: result, error: null });
    } catch (error) {
      setState({ step: 'choose', error });
    }
  }, [kind]);

  const pick = useCallback(async (file: File) => {
    picked.current = { fileName: file.name, contentBase64: await fileToBase64(file) };
    overrides.current = {};
    await preview();
  }, [preview]);

  const commit = useCallback(async () => {
    if (state.step !== 'preview') return;
    const current = state.preview;
    setState({ step: 'committing', preview: current });
    try {
      const result = await call('announcements:commit', { previewId: current.previewId, mapping: current.mapping });
      setState({ step: 'done', result });
    } catch (error) {
      setState({ step: 'preview', preview: current, error });
    }
  }, [state]);

  const reset = useCallback(() => {
    picked.current = null;
    overrides.current = {};
    setState({ step: 'choose', error: null });
  }, []);

  return { state, pick, preview, commit, reset };
}
