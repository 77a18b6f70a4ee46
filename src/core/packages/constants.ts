/**
 * Fixed names and values of the .qcp container (formats.md §1). Changing any of them is a new
 * formatVersion: other agencies' software compares them byte for byte.
 */

/** The exact bytes of the first entry (stored, no trailing newline), in the manner of ODF/EPUB. */
export const MIMETYPE = 'application/vnd.qcd.qcp+zip;version=1';
export const MIMETYPE_PATH = 'mimetype';
export const MANIFEST_PATH = 'META-INF/manifest.json';
/** The first signer's public key; further signers' keys are `META-INF/signer.<suffix>.pem`. */
export const SIGNER_PEM_PATH = 'META-INF/signer.pem';
export const SIGNATURE_PREFIX = 'META-INF/manifest.sig.';

export const FORMAT = 'qcp';
export const FORMAT_VERSION = 1;

export const PACKAGE_TYPES = ['publication', 'snapshot', 'delta', 'key-rotation', 'revocation'] as const;
export type PackageType = (typeof PACKAGE_TYPES)[number];

export const LIST_TYPES = ['black', 'red'] as const;

/**
 * Upper bound on manifest.json before it is even parsed: a manifest lists a handful of files, so
 * a megabyte is generous, and it keeps JSON.parse of unauthenticated bytes cheap.
 */
export const MAX_MANIFEST_BYTES = 1024 * 1024;

/** @example isReservedPath('META-INF/manifest.sig.sm2') // true: never listed in the manifest */
export function isReservedPath(path: string): boolean {
  return path === MIMETYPE_PATH || path === MANIFEST_PATH || path.startsWith(SIGNATURE_PREFIX);
}
