import { randomUUID } from 'node:crypto';
import type { ImportKindName } from '../../contract/imports';
import type { CheckedImport } from './preview-build';

/** The checked records are the kind's own (see `kindEntry`), handed back to that kind's store only. */
export type StoredPreview = {
  id: string;
  kind: ImportKindName;
  /** A preview belongs to one workspace and one person: nobody commits another's checked file. */
  workspace: string;
  userId: number;
  fileName: string;
  fileSha256: string;
  checked: CheckedImport<unknown>;
  createdAt: number;
};

const TTL_MS = 30 * 60 * 1000;
/** A 100,000-row preview holds some tens of MB; a few at a time is all anyone needs. */
const MAX_PREVIEWS = 4;

/**
 * Checked files waiting for the person's decision, in the backend's memory only: they are
 * dropped after a commit, after 30 minutes, or when newer previews push them out.
 */
export class PreviewStore {
  private readonly previews = new Map<string, StoredPreview>();

  put(preview: Omit<StoredPreview, 'id'>, now: number): string {
    this.sweep(now);
    while (this.previews.size >= MAX_PREVIEWS) {
      const oldest = this.previews.keys().next();
      if (oldest.done) break;
      this.previews.delete(oldest.value);
    }
    const id = randomUUID();
    this.previews.set(id, { ...preview, id } as StoredPreview);
    return id;
  }

  get(id: string, now: number): StoredPreview | undefined {
    this.sweep(now);
    return this.previews.get(id);
  }

  drop(id: string): void {
    this.previews.delete(id);
  }

  private sweep(now: number): void {
    for (const [id, p] of this.previews) if (now - p.createdAt > TTL_MS) this.previews.delete(id);
  }
}

/** One store per backend process: previews live as long as the process, never on disk. */
export const previews = new PreviewStore();
