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

describe('placements and sheltered work in the browser', () => {
  it('a consultant records a placement with wage-cost subsidy and sees the calculation line by line — axe-clean', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, server.url, 'work_consultant@voorbeeld');
    await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
    const first = page.locator('tbody tr').first().getByRole('link');
    const name = (await first.textContent())!;
    await first.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByRole('navigation', { name: 'Dossier' }).getByRole('link', { name: 'Plaatsingen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Plaatsing vastleggen' }).waitFor();
    await page.locator('#plaatsing-werkgever optgroup[label="Gemeente Buurdorp"] option').first().waitFor({ state: 'attached' });
    expect(await axeViolations(page)).toEqual([]);

    // A Voorbeeld employer other than the sheltered-work company; a regular job of 24 hours at the minimum wage.
    const employer = page.locator('#plaatsing-werkgever optgroup[label="Gemeente Voorbeeld"] option').filter({ hasNotText: 'beschut werk' }).first();
    await page.getByLabel('Werkgever').selectOption((await employer.getAttribute('value'))!);
    await page.getByLabel('Soort plaatsing').selectOption({ label: 'Reguliere baan' });
    await page.getByLabel('Contracturen per week').fill('24');
    await page.getByLabel('Bruto uurloon in euro’s').fill('14,71');
    await page.getByLabel('Loonkostensubsidie').check();
    await page.getByRole('button', { name: 'Plaatsing vastleggen' }).click();
    await page.getByText(/Plaatsing bij .* vastgelegd; loonkostensubsidie € [\d.]+,\d\d per maand\./).waitFor();

    const card = page.getByTestId('placement').first();
    const lines = card.getByTestId('subsidy-lines');
    await lines.waitFor();
    const text = (await lines.textContent())!;
    for (const label of ['Wettelijk minimumloon per uur', 'Minimumloon per maand voor 24 uur per week', 'Vakantiebijslag 8%', 'Minimumloon met vakantiebijslag',
      'Tegemoetkoming werkgeverslasten 23,5%', 'Loonkostensubsidie per maand', 'Participatiewet art. 10d', 'Wet minimumloon en minimumvakantiebijslag art. 15']) {
      expect(text).toContain(label);
    }
    expect(text).toContain('€ 14,71');
    expect(text).toContain('€ 1.529,84');  // 14,71 × 24 × 52/12
    expect(await card.getByTestId('subsidy-tables').textContent()).toMatch(/minimumloon geldig vanaf 1 januari 2026/);
    expect(await axeViolations(page)).toEqual([]);

    // The team's placements and the regional figures.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Plaatsingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plaatsingen' }).waitFor();
    await page.getByRole('link', { name }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // One placement: a follow-up moment from the keyboard-usable disclosure.
    await page.getByRole('link', { name }).first().click();
    await page.getByRole('heading', { level: 1, name: `Plaatsing van ${name}` }).waitFor();
    await page.getByText('Nazorgmoment vastleggen').click();
    await page.getByLabel('Verslag').fill('Eerste week goed verlopen, werkplek aangepast.');
    await page.getByRole('button', { name: 'Nazorg vastleggen' }).click();
    await page.getByText('Eerste week goed verlopen, werkplek aangepast.').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('navigation', { name: 'Plaatsingen' }).getByRole('link', { name: 'Overzicht' }).waitFor();
    await page.getByRole('link', { name: 'Regionale cijfers' }).click();
    await page.getByTestId('regional-figures').waitFor();
    expect(await page.getByTestId('regional-figures').textContent()).toContain('<5');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('a policy analyst opens /beschut-werk and sees 372 / 341 / 31 for 2022 without any names — axe-clean', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, server.url, 'policy_analyst@voorbeeld');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beschut werk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw beschut werk' }).waitFor();
    await page.getByLabel('Jaar', { exact: true }).selectOption('2022');
    await page.getByRole('heading', { level: 2, name: 'Taakstelling 2022' }).waitFor();
    expect(await page.getByTestId('target').textContent()).toBe('372 uur per week (12 plaatsingen van 31 uur)');
    expect(await page.getByTestId('filled').textContent()).toBe('341 uur per week door 15 personen');
    expect(await page.getByTestId('open').textContent()).toBe('31 uur per week (1 plaatsing)');
    expect(await page.getByTestId('waiting-count').textContent()).toContain('Met uw rol ziet u alleen aantallen.');
    expect(await page.getByTestId('waiting-list').count()).toBe(0);
    await page.getByTestId('forecast').waitFor();
    expect(await page.getByTestId('forecast').textContent()).toContain('497');
    expect(await page.locator('main').getByRole('link').count()).toBe(0);  // no dossier links
    expect(await axeViolations(page)).toEqual([]);

    // Exploring another growth rate recomputes the forecast without saving it.
    await page.getByLabel('Groei per jaar in %').fill('8');
    await page.getByRole('button', { name: 'Prognose berekenen' }).click();
    await expect.poll(() => page.getByTestId('forecast').textContent()).toContain('bij 8% groei');
    expect(await page.getByTestId('forecast').textContent()).toContain('402');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('an administrator records next year\'s target — axe-clean', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, server.url, 'administrator@voorbeeld');
    await page.goto(`${server.url}/beschut-werk`);
    const next = String(new Date().getUTCFullYear() + 1);
    await page.getByLabel('Jaar', { exact: true }).selectOption(next);
    await page.getByRole('heading', { level: 2, name: `Taakstelling ${next} vastleggen` }).waitFor();
    expect(await page.getByTestId('target').textContent()).toBe('Nog niet vastgelegd');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Taakstelling in uren per week').fill('527');
    await page.getByLabel('Bron').fill('Brief SZW over de taakstelling');
    await page.getByRole('button', { name: 'Taakstelling vastleggen' }).click();
    await expect.poll(() => page.getByTestId('target').textContent()).toBe('527 uur per week (17 plaatsingen van 31 uur)');
    await page.getByTestId('forecast').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('a consultant sees the waiting list with names of the own team only — axe-clean', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, server.url, 'work_consultant@voorbeeld');
    await page.goto(`${server.url}/beschut-werk`);
    await page.getByTestId('waiting-list').waitFor();
    expect(await page.getByTestId('waiting-list').getByRole('link').count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId('waiting-list').textContent()).toContain('Inwoner buiten uw team');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
