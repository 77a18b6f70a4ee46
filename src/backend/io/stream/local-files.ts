import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';

/**
 * Files on this computer that code in this process has allowed an import to read. The command
 * line grants its FILE argument and hands the token to `imports:preview` as `localFile`; the
 * desktop app and the browser host never grant anything, and no call creates a grant, so a page
 * can name neither a path nor a token that reads one. A grant is used once.
 */
const grants = new Map<string, string>();

/** @example const token = grantLocalFile('/data/企业名录.csv'); // then imports:preview { localFile: token } */
export function grantLocalFile(path: string): string {
  const token = randomBytes(24).toString('base64url');
  grants.set(token, resolve(path));
  return token;
}

/** The granted path, once; undefined for an unknown or already used token. */
export function takeLocalFile(token: string): string | undefined {
  const path = grants.get(token);
  grants.delete(token);
  return path;
}
