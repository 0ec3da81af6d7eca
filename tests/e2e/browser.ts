import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Debian's Chromium unless CHROME_PATH names another. */
export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch(): Promise<Browser> {
  if (!existsSync(chromePath)) {
    throw new Error(`No Chromium at ${chromePath}: apt-get install chromium, or set CHROME_PATH.`);
  }
  return chromium.launch({ executablePath: chromePath, headless: true, args: FLAGS });
}

export const baseUrl = () => inject('baseUrl');

/** A fresh browser profile (its own IndexedDB), with page errors turned into test failures. */
export async function newPage(browser: Browser, viewport = { width: 1024, height: 768 }) {
  const context: BrowserContext = await browser.newContext({ baseURL: baseUrl(), viewport });
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}
