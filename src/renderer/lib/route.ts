/**
 * In-app routes live in `location.hash` as `#/…`, so a reload stays on the same page and the
 * browser's back button works. Any other hash (the browser host hands over `#token=…`) means
 * the default page and is left untouched until the user navigates.
 */
export type Route =
  | { page: 'enterprises' }
  /** A dossier; `tab` keeps the open tab across reloads and the back button. */
  | { page: 'enterprise'; id: number; tab?: string }
  | { page: 'import' }
  /** 公告导入: published tables and other departments' lists, without a template. */
  | { page: 'announcements' }
  /** 待核实: firms named without a code, waiting for a person. */
  | { page: 'review' }
  | { page: 'synonyms' }
  | { page: 'trash' }
  | { page: 'audit' }
  | { page: 'users' }
  | { page: 'backups' }
  | { page: 'home' }
  /** 签名密钥, 定期公布 and 验证文件 (signed packages). */
  | { page: 'keys' }
  | { page: 'publications' }
  /** 红黑名单: list entries through their legal life; with `entryId`, that entry opens at once. */
  | { page: 'lists'; entryId?: number }
  /** 待办期限: every deadline due soon or missed, and banned persons serving elsewhere. */
  | { page: 'todo' }
  /** 分级分类监管: the matrix, the classes and the random inspection lists (双随机). */
  | { page: 'supervision' }
  /** 互联共享 (list exchange between agencies) and 合作机构公钥 (partners' keys it trusts). */
  | { page: 'exchange' }
  | { page: 'trust' }
  /** 验证文件; with `id`, one of this agency's issued packages is verified at once. */
  | { page: 'verify'; id?: number }
  /** 信用评价: the runs; one run (`runId`, open `tab`); one enterprise's explanation in it (`enterpriseId`). */
  | { page: 'evaluation'; runId?: number; enterpriseId?: number; tab?: string }
  /** 年度分析报告 of a run, printable; without `runId` the latest approved run. */
  | { page: 'annual-report'; runId?: number };

const SIMPLE = ['import', 'announcements', 'review', 'synonyms', 'trash', 'audit', 'users', 'backups', 'home', 'keys', 'publications', 'lists', 'supervision', 'exchange', 'trust', 'todo'] as const;

const numberOf = (part: string | undefined) => (part && /^\d+$/.test(part) ? Number(part) : undefined);

export function parseRoute(hash: string): Route {
  const path = hash.startsWith('#/') ? hash.slice(2) : '';
  const [head, id, tab] = path.split('/');
  if (head === 'enterprises' && id && /^\d+$/.test(id)) {
    return tab && /^[a-z-]+$/.test(tab) ? { page: 'enterprise', id: Number(id), tab } : { page: 'enterprise', id: Number(id) };
  }
  if (head === 'evaluation') {
    const runId = numberOf(id);
    const runTab = runId && tab && /^[a-z-]+$/.test(tab) ? tab : undefined;
    return { page: 'evaluation', runId, enterpriseId: runId ? numberOf(tab) : undefined, tab: runTab };
  }
  if (head === 'verify') return { page: 'verify', id: numberOf(id) };
  if (head === 'lists' && numberOf(id)) return { page: 'lists', entryId: numberOf(id) };
  if (head === 'annual-report') return { page: 'annual-report', runId: numberOf(id) };
  const simple = SIMPLE.find((p) => p === head);
  if (simple) return { page: simple };
  return { page: 'enterprises' };
}

export function hrefOf(route: Route): string {
  if (route.page === 'enterprise') return `#/enterprises/${route.id}${route.tab ? `/${route.tab}` : ''}`;
  if (route.page === 'evaluation' && route.runId) return `#/evaluation/${route.runId}${route.enterpriseId ? `/${route.enterpriseId}` : route.tab ? `/${route.tab}` : ''}`;
  if (route.page === 'verify' && route.id) return `#/verify/${route.id}`;
  if (route.page === 'lists' && route.entryId) return `#/lists/${route.entryId}`;
  if (route.page === 'annual-report' && route.runId) return `#/annual-report/${route.runId}`;
  return `#/${route.page}`;
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

/** Changes the hash without a new history entry (switching tabs should not fill the back button). */
export function replaceRoute(route: Route): void {
  window.history.replaceState(null, '', hrefOf(route));
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
