import { randomUUID } from 'node:crypto';
import type { ImportKindName } from '../../contract/imports';
import type { CheckSummary } from './preview-build';
import type { PreviewStage } from './stream/preview-stage';
import type { ImportSource, SourceScan } from './stream/source';

/**
 * A checked file waiting for the person's decision: where its bytes are and what they hashed to,
 * the summary of the check and, for enterprises, its valid rows staged on disk in the temp schema
 * (never here in memory). The commit moves the staged rows when nothing changed since; otherwise it
 * reads the same bytes again (refusing them if the digest differs) and checks them again.
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
  /** The valid rows, checked and staged in the connection's temp schema; null for other kinds. Dropped with the preview. */
  staged: PreviewStage | null;
  createdAt: number;
};

const TTL_MS = 30 * 60 * 1000;
/**
 * An upload is held as its bytes (at most 50 MB) and a file named by the command line only as
 * its path, plus at most a few MB of row numbers and reasons (the staged rows are on disk): a few
 * previews at a time is all anyone needs, and bounds the memory and temp disk they take.
 */
const MAX_PREVIEWS = 4;

/**
 * Checked files waiting for the person's decision, in the backend's memory (and their staged rows
 * in the temp schema of the connection that checked them, which is never written to the workspace
 * file): they are dropped after a commit, after 30 minutes, or when newer previews push them out,
 * and their staged rows with them.
 */
export class PreviewStore {
  private readonly previews = new Map<string, StoredPreview>();

  put(preview: Omit<StoredPreview, 'id'>, now: number): string {
    this.sweep(now);
    while (this.previews.size >= MAX_PREVIEWS) {
      const oldest = this.previews.keys().next();
      if (oldest.done) break;
      this.drop(oldest.value);
    }
    const id = randomUUID();
    this.previews.set(id, { ...preview, id });
    return id;
  }

  get(id: string, now: number): StoredPreview | undefined {
    this.sweep(now);
    return this.previews.get(id);
  }

  /** Forgets a preview and drops its staged rows: every way out of the store comes through here. */
  drop(id: string): void {
    const p = this.previews.get(id);
    this.previews.delete(id);
    try {
      p?.staged?.drop();
    } catch (e) {
      // Forgetting the preview must not fail the call that pushed it out; a table left behind is
      // dropped by the next preview's `dropStrayStages`, or goes with the connection.
      console.warn('[qcd] could not drop a preview\'s staged rows', e);
    }
  }

  /** The staging tables of the previews still held, by name (see `dropStrayStages`). */
  stagedNames(): Set<string> {
    return new Set([...this.previews.values()].flatMap((p) => (p.staged ? [p.staged.name] : [])));
  }

  private sweep(now: number): void {
    for (const [id, p] of this.previews) if (now - p.createdAt > TTL_MS) this.drop(id);
  }
}

/** One store per backend process: previews live as long as the process; their staged rows, as long as its connection. */
export const previews = new PreviewStore();
