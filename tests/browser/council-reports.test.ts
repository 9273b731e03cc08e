import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/rules/dates.ts';
import { lastCompletedQuarter, quarterLabel } from '../../src/rules/reports/periods.ts';
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

const today = todayIso();
const quarter = lastCompletedQuarter(today);
const nextYear = Number(today.slice(0, 4)) + 1;

describe('council reports in the browser', () => {
  it('a policy analyst opens the dashboard, goes to the reports, opens the quarterly report and downloads its PDF — axe-clean', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await logIn(page, server.url, 'policy_analyst@voorbeeld');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await menu.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard Voorbeeld' }).waitFor();

    await menu.getByRole('link', { name: 'Raadsrapportages' }).click();
    await page.getByRole('heading', { level: 1, name: 'Raadsrapportages' }).waitFor();
    const quarterly = page.getByTestId('rapportages-quarterly');
    await quarterly.waitFor();
    expect(await quarterly.locator('tbody tr').first().textContent()).toContain('Gepubliceerd');
    // The due dates: next year's plan (a draft in the demo) by 1 September of this year; the last quarter's report, published.
    const plan = page.getByTestId('termijn-execution_plan');
    expect(await plan.locator('th, td').allTextContents()).toEqual([
      `Uitvoeringsplan Participatiewet ${nextYear}`, 'concept', `uiterlijk 1 september ${nextYear - 1}${today > `${nextYear - 1}-09-01` ? ' (verstreken)' : ''}`,
    ]);
    expect(await page.getByTestId('termijn-quarterly').locator('td').first().textContent()).toBe('gepubliceerd');
    if (today > `${nextYear - 1}-09-01`) {
      expect(await page.getByRole('alert').filter({ hasText: `De uiterlijke datum (1 september ${nextYear - 1}) is verstreken` }).count()).toBe(1);
    }
    expect(await page.getByRole('button', { name: 'Nieuwe kwartaalrapportage' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Nieuw uitvoeringsplan' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    const title = `Kwartaalrapportage Participatiewet ${quarterLabel(quarter)}`;
    await quarterly.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('de cijfers liggen vast').waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Toelichting' }).isVisible()).toBe(true);
    const ladder = page.getByTestId('figure-ladder-categories');
    expect(await ladder.getByRole('img', { name: 'Caseload in de gemeentelijke categorieën' }).isVisible()).toBe(true);
    // The table behind a chart opens by keyboard.
    await ladder.locator('summary').focus();
    await page.keyboard.press('Enter');
    await ladder.getByRole('table').waitFor();
    expect(await page.getByTestId('report-finance').textContent()).toContain('Totaal');
    // A published report has no edit or publish controls.
    expect(await page.getByRole('link', { name: 'Tekst bewerken' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Publiceren' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download PDF' }).click()]);
    expect(download.suggestedFilename()).toBe(`kwartaalrapportage-${quarter}.pdf`);
    expect(readFileSync((await download.path())!).subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });

  it('the policy analyst edits the draft plan in an accessible form, then publishes it after confirming — axe-clean', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, server.url, 'policy_analyst@voorbeeld');
    await page.goto(`${server.url}/raadsrapportages`);
    const title = `Uitvoeringsplan Participatiewet ${nextYear}`;
    await page.getByTestId('rapportages-execution_plan').getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('link', { name: 'Tekst bewerken' }).click();
    await page.getByRole('heading', { level: 1, name: `${title} bewerken` }).waitFor();
    expect(await page.getByLabel('Niet-uitkeringsgerechtigde (NUG)').isChecked()).toBe(false);
    expect(await page.getByLabel('Statushouder').isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Niet-uitkeringsgerechtigde (NUG)').check();
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    const goal = page.getByRole('group', { name: 'Doel 4' });
    await goal.getByRole('textbox', { name: 'Doel 4' }).fill('NUG-jongeren aan het werk');
    await goal.getByLabel('Streefgetal').fill('8');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('NUG-jongeren aan het werk').waitFor();

    await page.getByRole('button', { name: 'Publiceren' }).click();
    await page.getByText('Weet u het zeker?').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ja, publiceren' }).click();
    await page.getByText('de cijfers liggen vast').waitFor();
    expect(await page.getByRole('link', { name: 'Tekst bewerken' }).count()).toBe(0);
    await context.close();
  });

  it('a team lead reads the reports but cannot make one; a work consultant has no such menu item', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, server.url, 'team_lead@voorbeeld');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Raadsrapportages' }).click();
    await page.getByTestId('rapportages-quarterly').waitFor();
    expect(await page.getByRole('button', { name: 'Nieuwe kwartaalrapportage' }).count()).toBe(0);
    await context.close();

    const other = await browser.newContext();
    const consultant = await other.newPage();
    await logIn(consultant, server.url, 'work_consultant@voorbeeld');
    await consultant.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
    expect(await consultant.getByRole('link', { name: 'Raadsrapportages' }).count()).toBe(0);
    await other.close();
  });
});
