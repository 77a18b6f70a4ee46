import { ok, type Result } from '../shared/result';
import type { Digests } from '../signing/ports';
import { isReservedPath } from './constants';
import type { ManifestFile } from './manifest-schema';
import { refuse } from './package-error';

/**
 * Every entry but the reserved ones must be listed, every listed file present with its size and
 * both digests. Cheap checks run over all files before any digest is computed, so a package with a
 * missing file fails fast even when its other files are large.
 *
 * @example checkFiles(entries, manifest.files, digests) // { ok: true, value: Map { 'data/entries.jsonl' => … } }
 */
export function checkFiles(entries: ReadonlyMap<string, Uint8Array>, listed: readonly ManifestFile[], digests: Digests): Result<Map<string, Uint8Array>> {
  const names = new Set(listed.map((f) => f.path));
  for (const path of entries.keys()) {
    if (!isReservedPath(path) && !names.has(path)) return refuse('E_FILE_UNLISTED', { path }, path);
  }
  const files = new Map<string, Uint8Array>();
  for (const f of listed) {
    const bytes = entries.get(f.path);
    if (bytes === undefined) return refuse('E_FILE_MISSING', { path: f.path }, f.path);
    files.set(f.path, bytes);
  }
  for (const f of listed) {
    const size = files.get(f.path)?.length;
    if (size !== f.size) return refuse('E_SIZE_MISMATCH', { path: f.path, expected: f.size, actual: size }, f.path);
  }
  for (const f of listed) {
    const bytes = files.get(f.path) ?? new Uint8Array();
    const sha256 = digests.sha256(bytes);
    if (sha256 !== f.sha256) return refuse('E_DIGEST_MISMATCH', { path: f.path, digest: 'sha256', expected: f.sha256, actual: sha256 }, f.path);
    const sm3 = digests.sm3(bytes);
    if (sm3 !== f.sm3) return refuse('E_DIGEST_MISMATCH', { path: f.path, digest: 'sm3', expected: f.sm3, actual: sm3 }, f.path);
  }
  return ok(files);
}
