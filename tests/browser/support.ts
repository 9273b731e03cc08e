import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';

const require = createRequire(import.meta.url);
export const axePath = require.resolve('axe-core/axe.min.js');

/** The real server (built web app, fresh PGlite folder with the demo region) and a headless Chromium. */
export async function startBrowserEnvironment(): Promise<{ server: ServerProcess; browser: Browser; stop(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'meedoen-browser-'));
  const server = await startServerProcess({ MEEDOEN_DATA_DIR: dataDir, MEEDOEN_LOGIN_ATTEMPTS_PER_MINUTE: '1000' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    server, browser,
    async stop() {
      await browser.close();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** WCAG 2.1 A and AA checks of axe-core on the current page; returns the violations. */
export async function axeViolations(page: Page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } })
      .axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

export async function logIn(page: Page, base: string, username: string) {
  await page.goto(`${base}/inloggen`);
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill('meedoen-demo');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  // Wait until the app has left the login page, so the session cookie exists before a test navigates on.
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
}
