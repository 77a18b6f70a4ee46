import { loadCodeTables } from './codes';
import { createRouter, type Router } from './router/router';
import { handlers } from './router/handlers';
import { openWorkspace, type Workspace } from './workspace/open';

export type Backend = { ws: Workspace; router: Router; close(): void };

export type BackendOptions = { workspace: string; resourcesDir: string; appVersion: string; now?: () => Date };

/** Opens a workspace and puts the router in front of it: what every host (app, browser, CLI) starts. */
export async function openBackend(options: BackendOptions): Promise<Backend> {
  const codes = loadCodeTables(options.resourcesDir);
  const ws = await openWorkspace(options.workspace, { resourcesDir: options.resourcesDir, ...(options.now ? { now: options.now } : {}) });
  const router = createRouter({ ws, codes, handlers, appVersion: options.appVersion, ...(options.now ? { now: options.now } : {}) });
  return { ws, router, close: () => ws.close() };
}
