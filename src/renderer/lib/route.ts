/**
 * In-app routes live in `location.hash` as `#/…`, so a reload stays on the same page and the
 * browser's back button works. Any other hash (the browser host hands over `#token=…`) means
 * the default page and is left untouched until the user navigates.
 */
export type Route =
  | { page: 'enterprises' }
  | { page: 'enterprise'; id: number }
  | { page: 'audit' }
  | { page: 'users' }
  | { page: 'backups' };

export function parseRoute(hash: string): Route {
  const path = hash.startsWith('#/') ? hash.slice(2) : '';
  const [head, id] = path.split('/');
  if (head === 'enterprises' && id && /^\d+$/.test(id)) return { page: 'enterprise', id: Number(id) };
  if (head === 'audit') return { page: 'audit' };
  if (head === 'users') return { page: 'users' };
  if (head === 'backups') return { page: 'backups' };
  return { page: 'enterprises' };
}

export function hrefOf(route: Route): string {
  return route.page === 'enterprise' ? `#/enterprises/${route.id}` : `#/${route.page}`;
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}
