import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the packaged app has the font: electron-builder.json copies it into the resources. */
export const SHIPPED_FONT = join('fonts', 'NotoSansSC-Regular.ttf');
/** Where it is during development and for the CLI run from the repository (npm package, OFL). */
const NPM_FONT = join('node_modules', '@expo-google-fonts', 'noto-sans-sc', '400Regular', 'NotoSansSC_400Regular.ttf');

/**
 * The announcement font: never a system font, so that every agency's PDF looks the same and
 * embeds the same glyphs whatever the workstation has installed.
 *
 * @example fontPath('/opt/qcd/resources/resources') // '/opt/qcd/resources/resources/fonts/NotoSansSC-Regular.ttf'
 */
export function fontPath(resourcesDir: string): string {
  const candidates = [join(resourcesDir, SHIPPED_FONT), join(resourcesDir, '..', NPM_FONT), join(process.cwd(), NPM_FONT)];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`announcement font not found; looked in ${candidates.join(', ')}`);
  return found;
}

const cache = new Map<string, Uint8Array>();

/** The font's bytes, read once per process (10 MB). */
export function fontBytes(resourcesDir: string): Uint8Array {
  const path = fontPath(resourcesDir);
  let bytes = cache.get(path);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(path));
    cache.set(path, bytes);
  }
  return bytes;
}
