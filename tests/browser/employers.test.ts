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

const employerName = 'Kringloopwinkel De Wisselbeker';
const opportunityTitle = 'Winkelmedewerker (proefplaatsing)';

async function asUser(username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await logIn(page, server.url, username);
  return page;
}

describe('employers and opportunities in the browser', () => {
  let employerUrl = '';

  it('an account manager adds an employer, a contact and an opportunity shared with the region — axe-clean on every page', async () => {
    const page = await asUser('employer_account_manager@voorbeeld');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkgevers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Werkgevers' }).waitFor();
    await page.getByRole('link', { name: 'Zorggroep De Linde' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Search by name narrows the list.
    await page.getByLabel('Naam of KvK-nummer').fill('bakkerij');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('1 werkgever gevonden.').waitFor();
    await page.getByRole('link', { name: 'Bakkerij Van den Velde' }).waitFor();

    // A wrong KvK number is explained in Dutch; then the employer is added and its page opens.
    const form = page.getByRole('form', { name: 'Werkgever toevoegen' });
    await form.getByLabel('Naam').fill(employerName);
    await form.getByLabel('KvK-nummer (optioneel)').fill('1234');
    await form.getByLabel('Sector').selectOption({ label: 'Groot- en detailhandel' });
    await form.getByLabel('Postcode').fill('7492 AB');
    await form.getByLabel('Plaats').fill('Voorbeeld');
    await form.getByRole('button', { name: 'Werkgever toevoegen' }).click();
    await form.getByText('Een KvK-nummer bestaat uit precies 8 cijfers').waitFor();
    await form.getByLabel('KvK-nummer (optioneel)').fill('99400012');
    await form.getByRole('button', { name: 'Werkgever toevoegen' }).click();
    await page.getByRole('heading', { level: 1, name: employerName }).waitFor();
    employerUrl = new URL(page.url()).pathname;
    expect(employerUrl).toMatch(/^\/werkgevers\/[0-9a-f-]{36}$/);
    await page.getByText('Nog geen kansen bij deze werkgever.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // A contact person.
    const contactForm = page.getByRole('form', { name: 'Contactpersoon toevoegen' });
    await contactForm.getByLabel('Naam').fill('Femke Veldkamp');
    await contactForm.getByLabel('Functie (optioneel)').fill('Bedrijfsleider');
    await contactForm.getByLabel('Telefoon').fill('074 1230000');
    await contactForm.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
    await page.getByTestId('contact').filter({ hasText: 'Femke Veldkamp' }).waitFor();

    // An opportunity: first too many hours (a Dutch message), then right, shared with the region.
    const add = page.getByRole('form', { name: 'Kans toevoegen' });
    await add.getByLabel('Soort kans').selectOption({ label: 'Proefplaatsing' });
    await add.getByLabel('Titel').fill(opportunityTitle);
    await add.getByLabel('Beroep').selectOption({ label: 'Verkoopmedewerker winkel (5223)' });
    await add.getByLabel('Klantvriendelijk').check();
    await add.getByLabel('Kassa bedienen').focus();
    await page.keyboard.press('Space');  // the skills picker works from the keyboard
    expect(await add.getByLabel('Kassa bedienen').isChecked()).toBe(true);
    await add.getByLabel('Uren per week').fill('41');
    await add.getByLabel('Aantal plaatsen').fill('2');
    await add.getByLabel(/^Delen met de regio/).check();
    await add.getByRole('button', { name: 'Kans toevoegen' }).click();
    await add.getByText('Hoogstens 40 uur per week').waitFor();
    await add.getByLabel('Uren per week').fill('24');
    await add.getByRole('button', { name: 'Kans toevoegen' }).click();
    await add.getByText(`Kans ${opportunityTitle} toegevoegd en gedeeld met de regio.`).waitFor();
    const item = page.getByTestId('opportunity').filter({ hasText: opportunityTitle });
    await item.waitFor();
    expect(await item.textContent()).toContain('Klantvriendelijk, Kassa bedienen');
    expect(await item.textContent()).toContain('Gedeeld met de regio');
    const candidates = item.getByRole('link', { name: /^Kandidaten zoeken/ });
    expect(await candidates.getAttribute('href')).toMatch(/^\/kandidaten\/kans\/[0-9a-f-]{36}$/);
    expect(await axeViolations(page)).toEqual([]);

    // The overview of open opportunities lists it; the manager may change its status there.
    await page.getByRole('navigation', { name: 'Werkgevers en kansen' }).getByRole('link', { name: 'Kansen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Open kansen' }).waitFor();
    const listed = page.getByTestId('opportunity').filter({ hasText: opportunityTitle });
    await listed.waitFor();
    expect(await listed.getByText(/^Status of delen wijzigen/).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a work consultant of the neighbouring municipality sees the shared opportunity read-only, marked with its municipality', async () => {
    const page = await asUser('work_consultant@buurdorp');
    await page.goto(`${server.url}/werkgevers/kansen`);
    await page.getByRole('heading', { level: 1, name: 'Open kansen' }).waitFor();
    await page.getByText(/open kansen? in uw gemeente\./).waitFor();
    expect(await page.getByTestId('opportunity').filter({ hasText: opportunityTitle }).count()).toBe(0);
    // The box follows the address (?regio=ja); the router updates it in a transition, so wait for the list, not the box.
    await page.getByLabel('Ook gedeelde kansen uit de regio tonen').click();
    await page.getByText(/open kansen? in de regio\./).waitFor();
    expect(await page.getByLabel('Ook gedeelde kansen uit de regio tonen').isChecked()).toBe(true);
    const shared = page.getByTestId('opportunity').filter({ hasText: opportunityTitle });
    await shared.waitFor();
    expect(await shared.getByTestId('shared-by').textContent()).toBe('Gedeeld door gemeente Voorbeeld — alleen te bekijken.');
    expect(await shared.getByText(/^Status of delen wijzigen/).count()).toBe(0);
    expect(await shared.getByRole('link', { name: employerName }).count()).toBe(0);  // another municipality's employer page is not theirs
    await shared.getByRole('link', { name: /^Kandidaten zoeken/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a work consultant of the same municipality reads the employer page without any form', async () => {
    const page = await asUser('work_consultant@voorbeeld');
    await page.goto(`${server.url}${employerUrl}`);
    await page.getByRole('heading', { level: 1, name: employerName }).waitFor();
    await page.getByTestId('contact').filter({ hasText: 'Femke Veldkamp' }).waitFor();
    await page.getByTestId('opportunity').filter({ hasText: opportunityTitle }).waitFor();
    expect(await page.getByText('Gegevens wijzigen').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Verwijderen/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Kans toevoegen' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Contactpersoon toevoegen' }).count()).toBe(0);
    expect(await page.getByText(/^Status of delen wijzigen/).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${server.url}/werkgevers`);
    await page.getByRole('heading', { level: 1, name: 'Werkgevers' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Werkgever toevoegen' }).count()).toBe(0);
  });
});
