import { randomUUID } from 'node:crypto';
import type { ImportKindName } from '../../contract/imports';
import type { CheckSummary } from './preview-build';
import type { ImportSource, SourceScan } from './stream/source';

/**
 * A checked file waiting for the person's decision: where its bytes are and what they hashed to,
 * and the summary of the check. The commit reads the same bytes again (refusing them if the
 * digest differs) instead of keeping a million checked records here.
 */
export type StoredPreview = {
  id: string;
  kind: ImportKindName;
  /** A preview belongs to one workspace and one person: nobody commits another's checked file. */
  workspace: string;
  userId: number;
  fileName: string;
  fileSha256: string;
  source: ImportSource;
  scan: SourceScan;
  /** The column mapping the preview used; the commit finds the same columns with it. */
  mapping: Readonly<Record<string, string>>;
  summary: CheckSummary;
  /** The newest audit row's hash when the file was checked: the commit re-checks against the database only if it moved. */
  auditHead: string | null;
  createdAt: number;
};

const TTL_MS = 30 * 60 * 1000;
/**
 * An upload is held as its bytes (at most 50 MB) and a file named by the command line only as
 * its path, plus at most a few MB of row numbers and reasons: a few previews at a time is all
 * anyone needs, and bounds the memory they take.
 */
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
    this.previews.set(id, { ...preview, id });
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
