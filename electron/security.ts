import type { WebPreferences } from 'electron';

/**
 * Pure security policy of the desktop shell. This file imports nothing from Electron at run time
 * so that tests can check the policy under plain Node, where Electron cannot start.
 */

const STRICT_DIRECTIVES: readonly (readonly [string, readonly string[]])[] = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  // antd (cssinjs) injects <style> elements at run time.
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['font-src', ["'self'", 'data:']],
  ['connect-src', ["'self'"]],
  // Evidence PDFs are shown in place from blob: URLs the renderer made from the backend's bytes.
  ['frame-src', ['blob:']],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['frame-ancestors', ["'none'"]],
  ['form-action', ["'none'"]],
];

function serialise(directives: readonly (readonly [string, readonly string[]])[]): string {
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** The policy for the built renderer. The renderer's own meta tag says the same; this is the second lock. */
export const CONTENT_SECURITY_POLICY = serialise(STRICT_DIRECTIVES);

/**
 * The policy while the renderer comes from the Vite dev server, whose React refresh preamble is
 * an inline script and whose hot reload uses a WebSocket. Never used in a packaged app.
 *
 * @example devContentSecurityPolicy('http://localhost:5173') // "...script-src 'self' 'unsafe-inline'; ... connect-src 'self' ws://localhost:5173 ..."
 */
export function devContentSecurityPolicy(devServerUrl: string): string {
  const { host } = new URL(devServerUrl);
  return serialise(
    STRICT_DIRECTIVES.map(([name, sources]) => {
      if (name === 'script-src') return [name, [...sources, "'unsafe-inline'"]] as const;
      if (name === 'connect-src') return [name, [...sources, `ws://${host}`]] as const;
      return [name, sources] as const;
    }),
  );
}

/**
 * Response headers with our policy in place of any the response brought (header names are
 * case-insensitive, so every spelling of Content-Security-Policy is replaced).
 */
export function withContentSecurityPolicy(
  headers: Record<string, string[]> | undefined,
  policy: string,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [policy];
  return result;
}

export type WebPreferencesOptions = {
  preloadPath: string;
  /** Developer tools only in development builds: a packaged app must not offer a console into the renderer. */
  devTools: boolean;
};

/**
 * The renderer gets no Node, runs in the OS sandbox and sees only what the preload exposes.
 *
 * @example buildWebPreferences({ preloadPath: '/app/out/preload/index.cjs', devTools: false }).sandbox // true
 */
export function buildWebPreferences(options: WebPreferencesOptions): WebPreferences {
  return {
    preload: options.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: options.devTools,
  };
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

function decodedPath(url: URL): string | null {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
}

/**
 * True when `candidate` is our renderer page. For a file:// renderer the file itself must match
 * (any file:// page would otherwise pass an origin check); for the dev server, its origin.
 * The hash and query may differ: the renderer routes with them.
 *
 * @example isRendererUrl('file:///app/out/renderer/index.html#/enterprises', 'file:///app/out/renderer/index.html') // true
 * @example isRendererUrl('file:///etc/passwd', 'file:///app/out/renderer/index.html') // false
 */
export function isRendererUrl(candidate: string, rendererUrl: string): boolean {
  const url = parseUrl(candidate);
  const renderer = parseUrl(rendererUrl);
  if (url === null || renderer === null) return false;
  if (renderer.protocol === 'file:') {
    if (url.protocol !== 'file:' || url.host !== renderer.host) return false;
    const path = decodedPath(url);
    return path !== null && path === decodedPath(renderer);
  }
  if (renderer.protocol === 'http:' || renderer.protocol === 'https:') {
    return url.origin === renderer.origin;
  }
  return false;
}

/** Navigation is allowed only to our own renderer (a reload, or a route change). */
export function isAllowedNavigation(url: string, rendererUrl: string): boolean {
  return isRendererUrl(url, rendererUrl);
}
