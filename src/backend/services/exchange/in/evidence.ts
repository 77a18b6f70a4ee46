import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../../../workspace/write-atomic';

/** exchange/ab/abcdef….qcp: content-addressed like attachments, so a package kept twice takes the space once. */
export function evidencePath(workspaceDir: string, sha256: string): string {
  return join(workspaceDir, 'exchange', sha256.slice(0, 2), `${sha256}.qcp`);
}

/**
 * Keeps a received package byte for byte (an imported one, or the second of an equivocating
 * pair): written under a temporary name, flushed and renamed, so a crash leaves the whole file or none.
 */
export function keepEvidence(workspaceDir: string, sha256: string, bytes: Uint8Array): string {
  const path = evidencePath(workspaceDir, sha256);
  if (existsSync(path)) return path;
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic(path, bytes);
  return path;
}
