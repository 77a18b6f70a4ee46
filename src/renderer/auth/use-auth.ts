import { useContext } from 'react';
import { AuthContext, type Auth } from './context';

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth needs an <AuthContext.Provider> above it');
  return auth;
}
