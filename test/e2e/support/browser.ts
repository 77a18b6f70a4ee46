import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from './host';

const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export type AppPage = {
  page: Page;
  context: BrowserContext;
  /** Uncaught errors and console errors (a CSP violation shows up here). */
  problems: string[];
  close(): Promise<void>;
};

/** A fresh context per test: its own sessionStorage, so no session leaks between tests. */
export async function openApp(browser: Browser, url: string): Promise<AppPage> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  return { page, context, problems, close: () => context.close() };
}

/**
 * antd's motion classes (`ant-zoom-appear-active` …) while a dialog, toast or menu is still
 * moving. A button's loading icon is left out: its leave motion can linger unseen for seconds.
 */
const IN_MOTION = ['appear', 'enter', 'leave']
  .flatMap((status) => ['prepare', 'start', 'active'].map((step) => `[class*="-${status}-${step}"]:not(.ant-btn-loading-icon)`))
  .join(',');

/** What the page is asked; typed here because the test project has no DOM types. */
type PageDocument = {
  querySelector(selector: string): unknown;
  getAnimations(): { playState: string; effect: { getComputedTiming(): { iterations?: number } } | null }[];
};

/**
 * Waits (briefly, never failing) until nothing is mid-motion: a dialog caught while it zooms in
 * is still transparent, and the screenshot would show only its mask. Polls with `evaluate`
 * rather than `waitForFunction`, which compiles its predicate in the page and so trips the CSP.
 */
async function motionSettled(page: Page): Promise<void> {
  const deadline = Date.now() + 3_000;
  while (Date.now() < deadline) {
    const still = await page
      .evaluate((selector) => {
        const doc = (globalThis as unknown as { document: PageDocument }).document;
        return (
          doc.querySelector(selector) === null &&
          doc.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)
        );
      }, IN_MOTION)
      .catch(() => true);
    if (still) return;
    await page.waitForTimeout(50);
  }
}

/** Screenshots go to test-results/screenshots/<name>.png for a person to look at. */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await motionSettled(page);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), animations: 'disabled' });
}
