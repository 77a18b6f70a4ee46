import { useCallback, useEffect, useState } from 'react';
import type { AppInfo, User } from '../../contract';
import { ApiError } from '../api/api-error';
import { findBridge } from '../api/bridge';
import { call } from '../api/client';
import { onSessionExpired, sessionToken, setSessionToken } from '../api/session';
import type { LoginNotice } from './context';
import { storeLocked } from './idle-lock-events';

export type BootState =
  | { phase: 'loading' }
  | { phase: 'failed'; error: unknown; noBridge: boolean }
  | { phase: 'setup'; info: AppInfo }
  | { phase: 'login'; info: AppInfo; notice: LoginNotice | null }
  | { phase: 'ready'; info: AppInfo; user: User };

export type Boot = {
  state: BootState;
  retry: () => void;
  signedIn: (user: User) => void;
  signOut: () => Promise<void>;
  sessionEnded: (notice: LoginNotice) => void;
};

function withInfo(state: BootState, next: (info: AppInfo) => BootState): BootState {
  return 'info' in state ? next(state.info) : state;
}

/**
 * The app's top-level state machine: ask the backend whether the workspace needs its first
 * administrator, then resume a stored session or ask for a login.
 */
export function useBoot(): Boot {
  const [state, setState] = useState<BootState>({ phase: 'loading' });

  const start = useCallback(async (notice: LoginNotice | null) => {
    setState({ phase: 'loading' });
    if (!findBridge()) {
      setState({ phase: 'failed', error: null, noBridge: true });
      return;
    }
    try {
      const info = await call('app:info', {});
      if (info.needsSetup) {
        setState({ phase: 'setup', info });
        return;
      }
      if (sessionToken() === null) {
        setState({ phase: 'login', info, notice });
        return;
      }
      try {
        const user = await call('auth:me', {});
        setState({ phase: 'ready', info, user });
      } catch (error) {
        if (!(error instanceof ApiError) || error.code !== 'E_AUTH_REQUIRED') throw error;
        setSessionToken(null);
        setState({ phase: 'login', info, notice });
      }
    } catch (error) {
      setState({ phase: 'failed', error, noBridge: false });
    }
  }, []);

  useEffect(() => {
    void start(null);
  }, [start]);

  useEffect(
    () => onSessionExpired(() => setState((s) => (s.phase === 'ready' ? { phase: 'login', info: s.info, notice: { kind: 'expired' } } : s))),
    [],
  );

  // A fresh sign-in (or sign-out) ends the lock of whoever sat here before; only a reload keeps it.
  const signedIn = useCallback((user: User) => {
    storeLocked(false);
    setState((s) => withInfo(s, (info) => ({ phase: 'ready', info: { ...info, needsSetup: false }, user })));
  }, []);

  const signOut = useCallback(async () => {
    await call('auth:logout', {}).catch(() => undefined);
    setSessionToken(null);
    storeLocked(false);
    setState((s) => withInfo(s, (info) => ({ phase: 'login', info, notice: null })));
  }, []);

  const sessionEnded = useCallback(
    (notice: LoginNotice) => {
      // The backend has dropped the session already; telling it to log out would only fail.
      setSessionToken(null);
      void start(notice);
    },
    [start],
  );

  return { state, retry: () => void start(null), signedIn, signOut, sessionEnded };
}
