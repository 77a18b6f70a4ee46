import { call } from '../../api/client';
import { base64ToBlob, downloadBlob } from '../../lib/files';

export type Downloaded = { fileName: string; sha256: string; packageSha256: string };

/** Lowercase hex SHA-256, computed here in the page: the check does not rely on the backend's word. */
export async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Saves an issued package (publication or key rotation) through the app's download — the browser's
 * download, the desktop shell's save dialog — and returns the digest of the bytes actually saved,
 * next to the digest recorded when it was issued, so the page can show that they are identical.
 */
export async function downloadIssued(id: number): Promise<Downloaded> {
  const file = await call('publications:export', { id });
  const blob = base64ToBlob(file.contentBase64, 'application/zip');
  downloadBlob(blob, file.fileName);
  return { fileName: file.fileName, sha256: await sha256Hex(blob), packageSha256: file.packageSha256 };
}
