import type { Bridge } from '../../contract';

/**
 * The backend's door: Electron's preload or the browser host's bridge script puts it on
 * `window.api` before the renderer starts. The renderer never learns which of the two it has.
 */
export function findBridge(): Bridge | null {
  const holder = globalThis as { api?: Bridge };
  return holder.api ?? null;
}
