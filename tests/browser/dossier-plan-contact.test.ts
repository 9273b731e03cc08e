import type { Browser, Page } from 'playwright-core';
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

const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Logs in as the work consultant and opens the first resident of the caseload; returns the dossier URL. */
async function openFirstDossier(page: Page): Promise<string> {
  await logIn(page, server.url, 'work_consultant@voorbeeld');
  await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
  const first = page.locator('tbody tr').first().getByRole('link');
  await first.waitFor();
  const name = (await first.textContent())!;
  await first.click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  return page.url();
}

async function openSection(page: Page, label: string) {
  await page.getByRole('navigation', { name: 'Dossier' }).getByRole('link', { name: label }).click();
  await page.getByRole('heading', { level: 2, name: label === 'Plan van aanpak' ? 'Doelen en stappen' : 'Contactmomenten' }).waitFor();
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'Laden…' }).count()).toBe(0);
}

describe('the action plan and the contact page of a dossier in the browser', () => {
  it('adds a goal and an overdue step, marks the step done, adds a referral and changes its status — axe-clean on both pages', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openFirstDossier(page);

    await openSection(page, 'Plan van aanpak');
    expect(await axeViolations(page)).toEqual([]);

    // A goal.
    await page.getByLabel('Titel van het doel').fill('Werkervaring opdoen in de zorg');
    await page.getByLabel('Omschrijving', { exact: true }).fill('Via een werkervaringsplaats in een verpleeghuis.');
    await page.getByLabel('Streefdatum').fill(daysFromToday(90));
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    await page.getByText('Doel toegevoegd.').waitFor();
    const goal = page.locator('.record-list > li').filter({ has: page.getByRole('heading', { level: 3, name: 'Werkervaring opdoen in de zorg' }) });
    await goal.waitFor();

    // A step under that goal, already past its due date.
    await page.getByLabel('Hoort bij doel').selectOption({ label: 'Werkervaring opdoen in de zorg' });
    await page.getByLabel('Omschrijving van de stap').fill('Cv sturen naar het verpleeghuis');
    await page.getByLabel('Wie zet de stap').selectOption('resident');
    await page.getByLabel('Naam van de uitvoerder').fill('Inwoner zelf');
    await page.getByLabel('Uiterlijk klaar op').fill(daysFromToday(-7));
    await page.getByRole('button', { name: 'Stap toevoegen' }).click();
    await page.getByText('Stap toegevoegd.').waitFor();

    const step = goal.getByTestId('plan-step').filter({ hasText: 'Cv sturen naar het verpleeghuis' });
    await step.waitFor();
    expect(await step.getAttribute('class')).toContain('overdue');
    expect(await step.textContent()).toContain('Te laat');
    expect(await axeViolations(page)).toEqual([]);

    // Done: no longer overdue.
    await step.getByLabel('Status van de stap').selectOption('done');
    await step.getByRole('button', { name: 'Status stap opslaan' }).click();
    await step.getByText('Status van de stap opgeslagen.').waitFor();
    await expect.poll(() => step.textContent()).toContain('status: Gedaan');
    expect(await step.textContent()).not.toContain('Te laat');
    expect(await step.getAttribute('class') ?? '').not.toContain('overdue');

    // The goal's status.
    await goal.getByLabel('Status van het doel').first().selectOption('achieved');
    await goal.getByRole('button', { name: 'Status doel opslaan' }).click();
    await goal.getByText('Status van het doel opgeslagen.').waitFor();
    await expect.poll(() => goal.locator('p').filter({ hasText: 'Status:' }).first().textContent()).toContain('Behaald');

    // A bad entry gives the API's Dutch message.
    await page.getByLabel('Omschrijving van de stap').fill('x');
    await page.getByLabel('Uiterlijk klaar op').fill(daysFromToday(3));
    await page.getByRole('button', { name: 'Stap toevoegen' }).click();
    await page.getByRole('alert').filter({ hasText: 'minstens 3 tekens' }).waitFor();

    // Contact and referrals.
    await openSection(page, 'Contact en verwijzingen');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Kanaal').selectOption('phone');
    await page.getByLabel('Notitie', { exact: true }).fill('Gebeld over de werkervaringsplaats.');
    await page.getByRole('button', { name: 'Contactmoment opslaan' }).click();
    await page.getByText('Contactmoment opgeslagen.').waitFor();
    const moment = page.locator('.record-list > li').filter({ hasText: 'Gebeld over de werkervaringsplaats.' });
    await moment.waitFor();
    await moment.getByRole('button', { name: 'Notitie wijzigen' }).click();
    // While editing, the note is in the textarea, so the item is found by its form.
    const editor = page.getByRole('form', { name: /^Notitie van .* wijzigen$/ });
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(await axeViolations(page)).toEqual([]);
    await editor.getByLabel('Notitie aanpassen').fill('Gebeld over de werkervaringsplaats; start volgende maand.');
    await editor.getByRole('button', { name: 'Notitie opslaan' }).click();
    await page.getByText('Notitie opgeslagen.').waitFor();
    await page.locator('.record-list > li').filter({ hasText: 'start volgende maand' }).waitFor();

    await page.getByLabel('Verwezen naar').selectOption('debt_assistance');
    await page.getByLabel('Toelichting').fill('Aangemeld bij de schuldhulp van de gemeente.');
    await page.getByRole('button', { name: 'Verwijzing toevoegen' }).click();
    await page.getByText('Verwijzing opgeslagen.').waitFor();
    const referral = page.getByTestId('referral').filter({ hasText: 'Schuldhulpverlening' });
    await referral.waitFor();
    expect(await referral.textContent()).toContain('Status: Aangemeld');

    await referral.getByLabel('Status van de verwijzing').selectOption('in_progress');
    await referral.getByRole('button', { name: 'Status verwijzing opslaan' }).click();
    await referral.getByText('Status van de verwijzing opgeslagen.').waitFor();
    await expect.poll(() => referral.textContent()).toContain('Status: In behandeling');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('says in Dutch that someone else changed a step first, rather than overwriting it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dossier = await openFirstDossier(page);
    await openSection(page, 'Plan van aanpak');
    await page.getByLabel('Omschrijving van de stap').fill('Intake bij het leerwerkbedrijf');
    await page.getByLabel('Uiterlijk klaar op').fill(daysFromToday(14));
    await page.getByRole('button', { name: 'Stap toevoegen' }).click();
    await page.getByText('Stap toegevoegd.').waitFor();
    const stale = page.getByTestId('plan-step').filter({ hasText: 'Intake bij het leerwerkbedrijf' });
    await stale.waitFor();

    // A colleague's session (a second browser context) changes the step first.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await logIn(otherPage, server.url, 'work_consultant@voorbeeld');
    await otherPage.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
    await otherPage.goto(`${dossier}/plan`);
    const fresh = otherPage.getByTestId('plan-step').filter({ hasText: 'Intake bij het leerwerkbedrijf' });
    await fresh.waitFor();
    await fresh.getByLabel('Status van de stap').selectOption('cancelled');
    await fresh.getByRole('button', { name: 'Status stap opslaan' }).click();
    await fresh.getByText('Status van de stap opgeslagen.').waitFor();
    await other.close();

    // The first page still holds the old version: saving gives the 412 in Dutch and changes nothing.
    await stale.getByLabel('Status van de stap').selectOption('done');
    await stale.getByRole('button', { name: 'Status stap opslaan' }).click();
    await stale.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit net gewijzigd' }).waitFor();
    expect(await stale.getByRole('alert').textContent()).toContain('Laad de pagina opnieuw');
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    const reloaded = page.getByTestId('plan-step').filter({ hasText: 'Intake bij het leerwerkbedrijf' });
    await expect.poll(() => reloaded.textContent()).toContain('status: Vervallen');
    await context.close();
  });
});
