/**
 * The script the browser host injects before the renderer's own code. It puts on `window.api`
 * exactly what the Electron preload puts there (the contract's Bridge), so the renderer cannot
 * tell the two apart. The per-start token arrives in the URL fragment (never sent to a server
 * or kept in history) and is then held in sessionStorage for reloads.
 */
export const BRIDGE_SCRIPT = `(() => {
  const KEY = 'qcd.host.token';
  const m = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (m) {
    sessionStorage.setItem(KEY, m[1]);
    history.replaceState(null, '', location.pathname + location.search);
  }
  const token = sessionStorage.getItem(KEY) || '';
  const listeners = new Set();
  // Opened at once, not on first subscription, so that a short job's first events are not lost.
  const source = new EventSource('./__qcd/events?token=' + encodeURIComponent(token));
  source.addEventListener('progress', (e) => {
    const event = JSON.parse(e.data);
    for (const l of listeners) l(event);
  });
  const api = Object.freeze({
    invoke: async (request) => {
      try {
        const res = await fetch('./__qcd/invoke', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-qcd-token': token },
          body: JSON.stringify(request),
        });
        return await res.json();
      } catch (e) {
        return { ok: false, error: { code: 'E_INTERNAL', message: '无法连接到本机服务：' + String(e) } };
      }
    },
    onProgress: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
  Object.defineProperty(window, 'api', { value: api, writable: false, configurable: false });
})();
`;
