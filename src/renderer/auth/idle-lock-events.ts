import type { Settings } from '../../contract';

/**
 * Module-level signals between the settings form, the header's lock button and the idle lock
 * (they sit in different branches of the tree), in the same style as api/session.ts.
 */
type Listener<T> = (value: T) => void;
const settingsListeners = new Set<Listener<Settings>>();
const lockListeners = new Set<Listener<void>>();

function subscribe<T>(set: Set<Listener<T>>, listener: Listener<T>): () => void {
  set.add(listener);
  return () => {
    set.delete(listener);
  };
}

/** The administrator saved new settings: the idle lock takes the new time at once. */
export function announceSettings(settings: Settings): void {
  for (const listener of settingsListeners) listener(settings);
}

export const onSettings = (listener: Listener<Settings>) => subscribe(settingsListeners, listener);

/** Locks now, as the idle timer would (an officer stepping away from the desk). */
export function lockNow(): void {
  for (const listener of lockListeners) listener();
}

export const onLockNow = (listener: Listener<void>) => subscribe(lockListeners, listener);

const LOCKED_KEY = 'qcd.locked';

/**
 * Whether this window is locked survives a reload: otherwise F5 on the lock screen would resume
 * the stored session without the password.
 */
export function storedLocked(): boolean {
  try {
    return sessionStorage.getItem(LOCKED_KEY) === '1';
  } catch {
    return false;
  }
}

export function storeLocked(locked: boolean): void {
  try {
    if (locked) sessionStorage.setItem(LOCKED_KEY, '1');
    else sessionStorage.removeItem(LOCKED_KEY);
  } catch {
    // Storage can be unavailable; the lock then holds until a reload.
  }
}
