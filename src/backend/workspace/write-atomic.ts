import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

/**
 * Writes a file under a temporary name beside it, flushes it to disk and only then renames it:
 * a crash or a power cut leaves the old file (or none) or the whole new one, never a torn file
 * that looks complete (a half-written .qcp or .xlsx handed to another agency).
 */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temp, 'wx');
  try {
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}
