import { BrowserWindow } from 'electron';
import { hardenSession, hardenWebContents } from './guards';
import { buildWebPreferences, CONTENT_SECURITY_POLICY, devContentSecurityPolicy } from './security';

export type MainWindowOptions = {
  preloadPath: string;
  rendererUrl: string;
  /** Developer tools: unpackaged runs only. */
  devTools: boolean;
  /** True when `rendererUrl` is electron-vite's dev server, which needs a looser CSP. */
  devServer: boolean;
};

/**
 * The one application window: sandboxed, context-isolated, no Node, locked to our renderer.
 * Shown only once the first frame is painted, so the user never sees a white flash.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: '质量信用管理台',
    backgroundColor: '#f5f5f5',
    webPreferences: buildWebPreferences({ preloadPath: options.preloadPath, devTools: options.devTools }),
  });
  const contents = window.webContents;
  hardenWebContents(contents, options.rendererUrl);
  hardenSession(
    contents.session,
    options.devServer ? devContentSecurityPolicy(options.rendererUrl) : CONTENT_SECURITY_POLICY,
  );
  window.once('ready-to-show', () => window.show());
  window.loadURL(options.rendererUrl).catch((error: unknown) => {
    // A missing or broken build: show the (empty) window rather than leave an invisible process.
    console.error('[qcd] 无法加载界面', options.rendererUrl, error);
    if (!window.isDestroyed()) window.show();
  });
  return window;
}

/** Brings the window to the front (a second launch of the app lands here). */
export function focusWindow(window: BrowserWindow | null): void {
  if (window === null || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
