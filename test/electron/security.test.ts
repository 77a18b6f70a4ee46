import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { denyWindowOpen, hardenSession, hardenWebContents } from '../../electron/guards';
import {
  buildWebPreferences,
  CONTENT_SECURITY_POLICY,
  devContentSecurityPolicy,
  isAllowedNavigation,
  withContentSecurityPolicy,
} from '../../electron/security';

const RENDERER = pathToFileURL('/opt/质量信用管理台/resources/app/out/renderer/index.html').href;
const DEV = 'http://localhost:5173';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

describe('webPreferences', () => {
  it('isolates, sandboxes and keeps Node out of the renderer', () => {
    const prefs = buildWebPreferences({ preloadPath: '/app/out/preload/index.cjs', devTools: false });
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.experimentalFeatures).toBeUndefined();
  });

  it('offers developer tools only when asked (unpackaged runs)', () => {
    expect(buildWebPreferences({ preloadPath: 'p', devTools: true }).devTools).toBe(true);
  });
});

describe('content security policy', () => {
  it('is the strict policy, directive for directive', () => {
    expect(Object.fromEntries(directives(CONTENT_SECURITY_POLICY))).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'frame-src': ['blob:'],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'frame-ancestors': ["'none'"],
      'form-action': ["'none'"],
    });
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('loosens only script-src and connect-src for the dev server', () => {
    const dev = directives(devContentSecurityPolicy(DEV));
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(dev.get('object-src')).toEqual(["'none'"]);
    expect(dev.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('replaces a CSP header of any spelling and keeps the other headers', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] },
      CONTENT_SECURITY_POLICY,
    );
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    expect(withContentSecurityPolicy(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });
});

describe('navigation guard', () => {
  it('allows our renderer page, whatever its route', () => {
    expect(isAllowedNavigation(RENDERER, RENDERER)).toBe(true);
    expect(isAllowedNavigation(`${RENDERER}#/enterprises/3`, RENDERER)).toBe(true);
    // The same file, spelled with unescaped Chinese characters.
    expect(isAllowedNavigation('file:///opt/质量信用管理台/resources/app/out/renderer/index.html', RENDERER)).toBe(true);
  });

  it('refuses any other page, file or scheme', () => {
    for (const url of [
      'https://example.com/',
      'http://localhost:5173/',
      'file:///etc/passwd',
      RENDERER.replace('index.html', 'other.html'),
      RENDERER.replace('/renderer/', '/renderer/../preload/'),
      'file://evil-host/opt/质量信用管理台/resources/app/out/renderer/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      'not a url',
    ]) {
      expect(isAllowedNavigation(url, RENDERER), url).toBe(false);
    }
  });

  it('allows the dev server by origin only', () => {
    expect(isAllowedNavigation(`${DEV}/src/main.tsx`, DEV)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', DEV)).toBe(false);
    expect(isAllowedNavigation('https://localhost:5173/', DEV)).toBe(false);
    expect(isAllowedNavigation('http://127.0.0.1.evil.example:5173/', DEV)).toBe(false);
  });
});

function fakeContents() {
  const emitter = new EventEmitter();
  const fake = Object.assign(emitter, { setWindowOpenHandler: vi.fn() });
  return { fake, contents: fake as unknown as WebContents };
}

function navigate(emitter: EventEmitter, event: string, url: string): boolean {
  const preventDefault = vi.fn();
  emitter.emit(event, { url, preventDefault });
  return preventDefault.mock.calls.length > 0;
}

describe('hardenWebContents', () => {
  it('denies every new window', () => {
    const { fake, contents } = fakeContents();
    hardenWebContents(contents, RENDERER);
    expect(fake.setWindowOpenHandler).toHaveBeenCalledWith(denyWindowOpen);
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });

  it('prevents navigation and redirects away from the renderer, and no other', () => {
    const { fake, contents } = fakeContents();
    hardenWebContents(contents, RENDERER);
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(navigate(fake, event, 'https://example.com/'), event).toBe(true);
      expect(navigate(fake, event, 'file:///etc/passwd'), event).toBe(true);
      expect(navigate(fake, event, `${RENDERER}#/home`), event).toBe(false);
    }
  });

  it('refuses <webview> tags', () => {
    const { fake, contents } = fakeContents();
    hardenWebContents(contents, RENDERER);
    const preventDefault = vi.fn();
    fake.emit('will-attach-webview', { preventDefault }, {}, {});
    expect(preventDefault).toHaveBeenCalled();
  });
});

describe('hardenSession', () => {
  it('denies every permission request and check, and sets the CSP header', () => {
    let requestHandler: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
    let checkHandler: (() => boolean) | null = null;
    let headersListener: ((details: object, callback: (response: object) => void) => void) | null = null;
    const session = {
      setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
      webRequest: { onHeadersReceived: (h: typeof headersListener) => (headersListener = h) },
    };
    hardenSession(session as unknown as Session, CONTENT_SECURITY_POLICY);

    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      requestHandler!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(checkHandler!()).toBe(false);

    const respond = vi.fn();
    headersListener!({ responseHeaders: { 'Content-Security-Policy': ['default-src *'] } }, respond);
    expect(respond).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
});
