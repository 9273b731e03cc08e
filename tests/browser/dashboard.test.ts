import { readFileSync } from 'node:fs';
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

describe('the dashboard in the browser', () => {
  it('a policy analyst opens the dashboard, switches a chart to a table, downloads CSV and switches to the region — axe-clean', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await logIn(page, server.url, 'policy_analyst@voorbeeld');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard Voorbeeld' }).waitFor();
    await page.getByText('Alleen aantallen, nooit personen.').waitFor();
    // Every figure is an image with a title and a description that reads out its numbers.
    const ladder = page.getByTestId('figure-ladder-categories');
    const chart = ladder.getByRole('img', { name: 'Caseload in de gemeentelijke categorieën' });
    await chart.waitFor();
    expect(await chart.locator('desc').textContent()).toContain('Maatschappelijke activering: 169');
    // Eleven charts, the outflow by reason among them: the demo's former recipients left in the last twelve months.
    expect(await page.getByRole('img').count()).toBe(11);
    expect(await page.getByTestId('figure-outflow-reasons').getByRole('img').locator('desc').textContent()).toContain('Werk gevonden');
    expect(await axeViolations(page)).toEqual([]);

    // The same figure as a table, by keyboard.
    const toggle = ladder.getByRole('button', { name: 'Toon als tabel' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const table = ladder.getByRole('table', { name: 'Caseload in de gemeentelijke categorieën' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(6);
    // 462 recipients + 18 NUG youth + 58 former recipients in aftercare (src/demo/outflow.ts)
    expect(await table.locator('tfoot').textContent()).toContain('538');
    expect(await ladder.getByRole('button', { name: 'Toon als grafiek' }).getAttribute('aria-pressed')).toBe('true');
    // Small counts are suppressed for policy staff: the inflow per month has "<5" in its table.
    const flows = page.getByTestId('figure-in-outflow');
    await flows.getByRole('button', { name: 'Toon als tabel' }).click();
    expect(await flows.getByRole('table').textContent()).toContain('<5');
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      ladder.getByRole('link', { name: 'Download CSV van Caseload in de gemeentelijke categorieën' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^ladder-categories-municipality-\d{4}-\d{2}-\d{4}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n').slice(0, 3)).toEqual(['\uFEFFCategorie;Aantal;Aandeel', 'Geen;99;18,4%', 'Zorg;120;22,3%']);  // 34 former recipients not measured

    await page.getByLabel('Hele regio').check();
    await page.getByRole('heading', { level: 1, name: 'Dashboard Regio Voorbeeldvallei' }).waitFor();
    const perThousand = page.getByTestId('figure-benefits-per-1000');
    await perThousand.getByRole('button', { name: 'Toon als tabel' }).click();
    const rows = await perThousand.locator('tbody th[scope="row"]').allTextContents();
    expect(rows).toEqual(['Buurdorp', 'Voorbeeld']);
    expect(await perThousand.locator('tfoot').textContent()).toContain('Regio Voorbeeldvallei');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('an administrator finds the CBS deliveries; a work consultant sees neither page in the menu — axe-clean', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await logIn(page, server.url, 'administrator@voorbeeld');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'CBS-leveringen' }).click();
    await page.getByRole('heading', { level: 1, name: 'CBS-leveringen' }).waitFor();
    await page.getByLabel('Levering', { exact: true }).selectOption('srg');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Bestand downloaden' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^SRG_GM9901_\d{6}\.txt$/);
    expect(readFileSync((await download.path())!, 'latin1').slice(0, 5)).toBe('01SRG');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();

    const consultant = await browser.newContext();
    const other = await consultant.newPage();
    await logIn(other, server.url, 'work_consultant@voorbeeld');
    const menu = other.getByRole('navigation', { name: 'Hoofdmenu' });
    await menu.getByRole('link', { name: 'Caseload' }).waitFor();
    expect(await menu.getByRole('link', { name: 'Dashboard' }).count()).toBe(0);
    expect(await menu.getByRole('link', { name: 'CBS-leveringen' }).count()).toBe(0);
    await consultant.close();
  });
});
