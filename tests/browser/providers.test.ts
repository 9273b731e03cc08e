import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerProcess } from '../support/server-process.ts';
import { axeViolations, startBrowserEnvironment } from './support.ts';

let env: Awaited<ReturnType<typeof startBrowserEnvironment>>;
let browser: Browser;
let server: ServerProcess;
beforeAll(async () => {
  env = await startBrowserEnvironment();
  ({ browser, server } = env);
});
afterAll(async () => { await env?.stop(); });

async function logInAs(page: import('playwright-core').Page, username: string, password: string) {
  await page.goto(`${server.url}/inloggen`);
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
}

describe('providers in the catalogue', () => {
  it('an administrator adds a provider, its contract and a coach account; the coach logs in and sees only their (empty) organisation — axe-clean', async () => {
    const page = await (await browser.newContext()).newPage();
    await logInAs(page, 'administrator@voorbeeld', 'meedoen-demo');
    await page.goto(`${server.url}/catalogus`);
    await page.getByRole('heading', { level: 2, name: 'Aanbieder toevoegen' }).waitFor();

    // A bad KvK number gets the API's Dutch message.
    const form = page.getByRole('form', { name: 'Aanbieder toevoegen' });
    await form.getByLabel('Naam').fill('Leerbedrijf De Werkplaats');
    await form.getByLabel('Soort organisatie').selectOption('training_institute');
    await form.getByLabel('KvK-nummer (optioneel)').fill('1234');
    await form.getByRole('button', { name: 'Aanbieder toevoegen' }).click();
    await form.getByRole('alert').filter({ hasText: 'Een KvK-nummer heeft 8 cijfers' }).waitFor();
    await form.getByLabel('KvK-nummer (optioneel)').fill('87654321');
    await form.getByRole('button', { name: 'Aanbieder toevoegen' }).click();
    await page.getByText('Aanbieder Leerbedrijf De Werkplaats toegevoegd.').waitFor();
    const provider = page.getByRole('article', { name: 'Leerbedrijf De Werkplaats' });
    await provider.waitFor();
    expect(await provider.textContent()).toContain('Opleidingsinstituut');
    expect(await axeViolations(page)).toEqual([]);

    await provider.getByText('Contracten en begeleiders beheren bij Leerbedrijf De Werkplaats').click();
    const contract = provider.getByRole('form', { name: 'Contract vastleggen met Leerbedrijf De Werkplaats' });
    await contract.getByLabel('Contractkenmerk').fill('LDW-2026-01');
    await contract.getByLabel('Omschrijving van het contract').fill('Scholing orderpicker en heftruck');
    await contract.getByRole('button', { name: 'Contract vastleggen' }).click();
    await page.getByText('Contract LDW-2026-01 vastgelegd.').waitFor();
    await expect.poll(async () => (await provider.getByRole('table', { name: 'Contracten met Leerbedrijf De Werkplaats' }).textContent()) ?? '').toContain('LDW-2026-01');

    const coach = provider.getByRole('form', { name: 'Begeleider van Leerbedrijf De Werkplaats toevoegen' });
    await coach.getByLabel('Naam', { exact: true }).fill('Sanne Werkplaats');
    await coach.getByLabel('Gebruikersnaam', { exact: true }).fill('s.werkplaats@buurdorp');
    await coach.getByLabel('Eerste wachtwoord').fill('een-lang-wachtwoord');
    await coach.getByRole('button', { name: 'Begeleider toevoegen' }).click();
    await coach.getByRole('alert').filter({ hasText: 'De gebruikersnaam eindigt op @voorbeeld.' }).waitFor();
    await coach.getByLabel('Gebruikersnaam', { exact: true }).fill('s.werkplaats@voorbeeld');
    await coach.getByRole('button', { name: 'Begeleider toevoegen' }).click();
    await page.getByText('Account s.werkplaats@voorbeeld aangemaakt.', { exact: false }).waitFor();
    await expect.poll(async () => (await provider.getByRole('list', { name: 'Begeleiders van Leerbedrijf De Werkplaats' }).textContent()) ?? '')
      .toContain('Sanne Werkplaats (s.werkplaats@voorbeeld)');
    expect(await axeViolations(page)).toEqual([]);

    // The new coach can log in and sees the partner portal of their own organisation, with nothing ordered yet.
    const coachPage = await (await browser.newContext()).newPage();
    await logInAs(coachPage, 's.werkplaats@voorbeeld', 'een-lang-wachtwoord');
    await coachPage.waitForURL(/\/partner$/);
    await coachPage.getByRole('heading', { level: 1, name: 'Trajecten bij uw organisatie' }).waitFor();
    await expect.poll(async () => (await coachPage.locator('main').textContent()) ?? '').toContain('Leerbedrijf De Werkplaats');
    expect(await coachPage.locator('main').textContent()).not.toContain('Werkbedrijf Voorbeeldvallei');
    expect(await axeViolations(coachPage)).toEqual([]);
  });
});
