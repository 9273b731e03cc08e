import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerProcess } from '../support/server-process.ts';
import { axeViolations, logIn, startBrowserEnvironment } from './support.ts';

let env: Awaited<ReturnType<typeof startBrowserEnvironment>>;
let browser: Browser;
let server: ServerProcess;
beforeAll(async () => {
  env = await startBrowserEnvironment();
  ({ browser, server } = env);
});
afterAll(async () => { await env?.stop(); });

describe('a work consultant\'s round in the browser', () => {
  it('logs in with the keyboard, filters the caseload, opens a dossier, records a ladder step and a contact moment, sees them on the timeline, logs out — axe-clean on every page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/inloggen`);
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard only: type, Tab to the next field, Enter submits.
    await page.getByLabel('Gebruikersnaam').focus();
    await page.keyboard.type('work_consultant@voorbeeld');
    await page.keyboard.press('Tab');
    await page.keyboard.type('meedoen-demo');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    const before = Number((await page.getByRole('status').first().textContent())!.split(' ')[0]);
    expect(before).toBeGreaterThan(20);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Ladder (categorie)').selectOption('zorg');
    await page.waitForURL(/ladderCategory=zorg/);
    await expect.poll(async () => Number((await page.getByRole('status').first().textContent())!.split(' ')[0])).toBeLessThan(before);
    for (const cell of await page.locator('tbody tr td:nth-child(6)').allTextContents()) expect(cell).toContain('Zorg');

    const first = page.locator('tbody tr').first().getByRole('link');
    const name = (await first.textContent())!;
    await first.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await expect.poll(() => page.locator('.contact-banner').textContent()).toContain('Mirjam Meerhof');
    const bsn = await page.locator('dl.facts dd').first().textContent();
    expect(bsn).toMatch(/^\*{6}\d{3}$/);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Trede', { exact: true }).selectOption('3');
    await page.getByLabel('Motivatie').fill('Volgt sinds kort een taalcursus in de bibliotheek.');
    await page.getByRole('button', { name: 'Meting opslaan' }).click();
    await page.getByText('Meting opgeslagen.').waitFor();
    await expect.poll(() => page.getByTestId('ladder-current').textContent()).toContain('Trede 3');

    await page.getByLabel('Kanaal').selectOption('phone');
    await page.getByLabel('Notitie').fill('Gebeld over de cursus; gaat goed.');
    await page.getByRole('button', { name: 'Contactmoment opslaan' }).click();
    await page.getByText('Contactmoment opgeslagen.').waitFor();
    const timeline = page.locator('ol.timeline');
    await expect.poll(() => timeline.textContent()).toContain('Contact: Telefoon');
    expect(await timeline.textContent()).toContain('Trede 3: deelname georganiseerde activiteiten');
    expect(await axeViolations(page)).toEqual([]);

    // A bad entry gives a Dutch message and saves nothing.
    await page.getByLabel('Notitie').fill('');
    await page.getByRole('button', { name: 'Contactmoment opslaan' }).click();
    await page.getByRole('alert').filter({ hasText: 'notitie' }).waitFor();

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { name: 'Inloggen bij Meedoen' }).waitFor();
    const after = await page.evaluate(async () => (await fetch('/api/v1/sessions/current')).status);
    expect(after).toBe(401);
    await context.close();
  });

  it('tells a policy analyst in Dutch that dossiers are not for their role', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, server.url, 'policy_analyst@voorbeeld');
    await page.getByRole('alert').filter({ hasText: 'U heeft met uw rol geen toegang' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
