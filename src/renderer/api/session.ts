/**
 * The session token lives in memory, mirrored to sessionStorage so that a reload (F5, or the
 * desktop shell's reload menu) keeps the officer signed in, while closing the window ends it.
 */
const STORAGE_KEY = 'qcd.session';

let token: string | null = readStored();
const expiryListeners = new Set<() => void>();

function readStored(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function sessionToken(): string | null {
  return token;
}

export function setSessionToken(next: string | null): void {
  token = next;
  try {
    if (next === null) sessionStorage.removeItem(STORAGE_KEY);
    else sessionStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Storage can be unavailable (privacy settings); the in-memory token still works.
  }
}

/** Called by the client when the backend says the session is gone: the app returns to login. */
export function expireSession(): void {
  setSessionToken(null);
  for (const listener of expiryListeners) listener();
}

export function onSessionExpired(listener: () => void): () => void {
  expiryListeners.add(listener);
  return () => {
    expiryListeners.delete(listener);
  };
}
