import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, type AppPage } from './browser';
import { loadDemo, requireBuild, startHost, throwAwayWorkspace, type RunningHost, type Workspace } from './host';

export type AppSuite = {
  readonly workspace: Workspace;
  readonly host: RunningHost;
  readonly browser: Browser;
  /** A new page on the app, signed out. */
  open(): Promise<AppPage>;
};

/**
 * The life of one spec file: a throw-away workspace (with demo data and prepared rows when asked), the browser host
 * on it and one Chromium, all started before the first test and gone after the last.
 */
export function appSuite(options: {
  demo?: { enterprises: number; seed: string };
  /** Writes to the workspace before the host opens it (rows no UI can make yet). */
  prepare?: (workspace: Workspace) => void;
} = {}): AppSuite {
  let workspace: Workspace | undefined;
  let host: RunningHost | undefined;
  let browser: Browser | undefined;
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: use the suite inside its tests`);
    return value;
  };

  beforeAll(async () => {
    requireBuild();
    workspace = throwAwayWorkspace();
    if (options.demo) loadDemo(workspace, options.demo.enterprises, options.demo.seed);
    options.prepare?.(workspace);
    host = await startHost(workspace);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    workspace?.cleanup();
  });

  return {
    get workspace() { return ready(workspace, 'the workspace'); },
    get host() { return ready(host, 'the host'); },
    get browser() { return ready(browser, 'the browser'); },
    open: () => openApp(ready(browser, 'the browser'), ready(host, 'the host').url),
  };
}
