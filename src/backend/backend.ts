import { codeTablesFor } from './services/codes';
import { createRouter, type Router } from './router/router';
import { handlers } from './router/handlers';
import { SessionStore } from './router/sessions';
import { openWorkspace, type Workspace } from './workspace/open';
import { boundHeapGrowth } from './heap-growth';

export type Backend = {
  /** The workspace open now (a restore from the app replaces it). */
  readonly ws: Workspace;
  router: Router;
  /**
   * A read-only session for the local command line (role 审核人, user "本机命令行"). Whoever can run
   * the CLI on a workspace can read its database file anyway; every change still needs a named
   * account and password.
   */
  localReaderSession(): string;
  close(): void;
};

export type BackendOptions = { workspace: string; resourcesDir: string; appVersion: string; now?: () => Date };

/** Opens a workspace and puts the router in front of it: what every host (app, browser, CLI) starts. */
export async function openBackend(options: BackendOptions): Promise<Backend> {
  boundHeapGrowth();
  const codes = codeTablesFor(options.resourcesDir);
  const ws = await openWorkspace(options.workspace, { resourcesDir: options.resourcesDir, ...(options.now ? { now: options.now } : {}) });
  const sessions = new SessionStore();
  const now = options.now ?? (() => new Date());
  const ref = { current: ws, resourcesDir: options.resourcesDir };
  const router = createRouter({ ws: ref, codes, handlers, appVersion: options.appVersion, now, sessions });
  return {
    get ws() { return ref.current; },
    router,
    close: () => ref.current.close(),
    localReaderSession: () => sessions.create({ id: 0, username: 'local-cli', displayName: '本机命令行', role: 'reviewer' }, now().getTime()),
  };
}
