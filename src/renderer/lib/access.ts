import { callOf, type Channel, type Role } from '../../contract';

/**
 * Whether a role may make a call, read from the contract itself so the menus cannot drift from
 * the backend's rules. Only a convenience: the backend checks every call again.
 */
export function mayCall(role: Role, channel: Channel): boolean {
  const { access } = callOf(channel);
  return access === 'public' || access.includes(role);
}
