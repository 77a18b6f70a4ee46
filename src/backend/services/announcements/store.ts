import { randomUUID } from 'node:crypto';
import type { AnnouncementKind, ColumnMapping } from '../../../contract/announcements';
import type { Defaults } from './defaults';
import type { Plan } from './plan';

/** A previewed file waiting for the person's confirmation. */
export type StoredAnnouncement = {
  id: string;
  /** A preview belongs to one workspace and one person: nobody commits another's file. */
  workspace: string;
  userId: number;
  kind: AnnouncementKind;
  fileName: string;
  fileSha256: string;
  bytes: Uint8Array;
  /** The corrections the preview was asked for (the remembered mapping is found again). */
  overrides: ColumnMapping;
  defaults: Defaults;
  /** The mapping in effect, field → header: what the commit confirms. */
  mapping: Record<string, string>;
  plan: Plan;
  /** Newest audit row when previewed: if it moved, the commit matches again against the register as it is. */
  auditHead: string | null;
  createdAt: number;
};

const TTL_MS = 30 * 60 * 1000;
/** Each holds a file of at most 50 MB and its plan: a few at a time is all anyone needs. */
const MAX = 4;

/** In the backend's memory only: dropped after a commit, after 30 minutes, or when pushed out. */
class AnnouncementPreviews {
  private readonly items = new Map<string, StoredAnnouncement>();

  put(item: Omit<StoredAnnouncement, 'id'>, now: number): string {
    this.sweep(now);
    while (this.items.size >= MAX) {
      const oldest = this.items.keys().next();
      if (oldest.done) break;
      this.items.delete(oldest.value);
    }
    const id = randomUUID();
    this.items.set(id, { ...item, id });
    return id;
  }

  get(id: string, now: number): StoredAnnouncement | undefined {
    this.sweep(now);
    return this.items.get(id);
  }

  drop(id: string): void {
    this.items.delete(id);
  }

  private sweep(now: number): void {
    for (const [id, p] of this.items) if (now - p.createdAt > TTL_MS) this.items.delete(id);
  }
}

export const announcementPreviews = new AnnouncementPreviews();
