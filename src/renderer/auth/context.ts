import { createContext } from 'react';
import type { AppInfo, User } from '../../contract';

/** Who is signed in, to which workspace; present everywhere below the main layout. */
export type Auth = {
  user: User;
  info: AppInfo;
  signOut: () => Promise<void>;
};

export const AuthContext = createContext<Auth | null>(null);
