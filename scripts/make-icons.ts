/**
 * Renders public/favicon.svg to the PNG icons the web manifest lists (run once, commit the PNGs):
 *   npx tsx scripts/make-icons.ts
 * Uses Debian's Chromium through playwright-core, as the e2e tests do; no browser is downloaded.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('public/favicon.svg', 'utf8');
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// A maskable icon must keep its mark inside the central 80 % circle; the "any" icons fill the square.
const icons = [
  { file: 'public/pwa-192.png', size: 192, padding: 0, background: 'transparent' },
  { file: 'public/pwa-512.png', size: 512, padding: 0, background: 'transparent' },
  { file: 'public/pwa-maskable-512.png', size: 512, padding: 0.14, background: '#1f3a5f' },
  { file: 'public/apple-touch-icon.png', size: 180, padding: 0.06, background: '#1f3a5f' },
];

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const inset = Math.round(icon.size * icon.padding);
    await page.setContent(
      `<html><body style="margin:0;background:${icon.background}">` +
        `<div style="position:absolute;inset:${inset}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div>` +
        '</body></html>',
    );
    writeFileSync(icon.file, await page.screenshot({ omitBackground: icon.background === 'transparent' }));
    await page.close();
  }
} finally {
  await browser.close();
}
