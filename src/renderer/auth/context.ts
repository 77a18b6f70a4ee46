import { createContext } from 'react';
import type { AppInfo, OutputOf, User } from '../../contract';

export type RestoreResult = OutputOf<'backups:restore'>;

/** Why the login screen is shown again: a session that ran out, or a restore that ended them all. */
export type LoginNotice = { kind: 'expired' } | { kind: 'restored' | 'undone'; result: RestoreResult };

/** Who is signed in, to which workspace; present everywhere below the main layout. */
export type Auth = {
  user: User;
  info: AppInfo;
  signOut: () => Promise<void>;
  /**
   * The backend has already ended every session (after a restore): forget the token, re-read
   * the workspace (the restored one may even need its first administrator) and show why.
   */
  sessionEnded: (notice: LoginNotice) => void;
};

export const AuthContext = createContext<Auth | null>(null);
