import type { Session, WebContents, WindowOpenHandlerResponse } from 'electron';
import { isAllowedNavigation, withContentSecurityPolicy } from './security';

/**
 * Guards installed on Electron objects. Only types come from Electron here, so tests can drive
 * the guards with fakes under plain Node.
 */

/** The app never opens a second window or a browser tab from the renderer. */
export function denyWindowOpen(): WindowOpenHandlerResponse {
  return { action: 'deny' };
}

type Preventable = { url: string; preventDefault(): void };

/**
 * Keeps `contents` on our renderer: no new windows, no navigation or redirect elsewhere (a link
 * or an injected `location =` must not turn the privileged window into a browser), no <webview>.
 * Sub-frames are left to the CSP (default-src 'self' admits no foreign frame), so that a
 * same-page print iframe (about:srcdoc) keeps working.
 */
export function hardenWebContents(contents: WebContents, rendererUrl: string): void {
  contents.setWindowOpenHandler(denyWindowOpen);
  const guard = (event: Preventable): void => {
    if (!isAllowedNavigation(event.url, rendererUrl)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Denies every permission (camera, notifications, geolocation, …: the desk needs none) and sets
 * our CSP on every response as defence in depth behind the renderer's meta tag.
 */
export function hardenSession(session: Session, policy: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) });
  });
}
