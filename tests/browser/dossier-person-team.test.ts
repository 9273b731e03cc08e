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
const noLoading = (page: Page) => expect.poll(() => page.getByRole('status').filter({ hasText: 'Laden…' }).count()).toBe(0);

/** Logs in, waits for the caseload and opens the first resident; returns the resident's name. */
async function openFirstDossier(page: Page, username: string, heading: string): Promise<string> {
  await logIn(page, server.url, username);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  const first = page.locator('tbody tr').first().getByRole('link');
  await first.waitFor();
  const name = (await first.textContent())!;
  await first.click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  return name;
}

async function openSection(page: Page, label: string, h2: string) {
  await page.getByRole('navigation', { name: 'Dossier' }).getByRole('link', { name: label }).click();
  await page.getByRole('heading', { level: 2, name: h2 }).waitFor();
  await noLoading(page);
}

describe('person, household and target groups of a dossier; contact person and bulk hand-over by the team lead', () => {
  it('lets a work consultant change the phone number, add a child and add a target group — axe-clean', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openFirstDossier(page, 'work_consultant@voorbeeld', 'Mijn caseload');
    await openSection(page, 'Persoon en huishouden', 'Persoonsgegevens');
    expect(await page.getByTestId('bsn').textContent()).toMatch(/^\*{6}\d{3}$/);
    expect(await page.getByRole('textbox', { name: 'BSN' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // Phone number.
    await page.getByLabel('Telefoonnummer').fill('06 1234 5678');
    await page.getByRole('button', { name: 'Persoonsgegevens opslaan' }).click();
    await page.getByText('Persoonsgegevens opgeslagen.').waitFor();
    expect(await page.getByLabel('Telefoonnummer').inputValue()).toBe('06 1234 5678');
    // A second save of the same values changes nothing and says so.
    await page.getByRole('button', { name: 'Persoonsgegevens opslaan' }).click();
    await page.getByRole('alert').filter({ hasText: 'U heeft niets gewijzigd.' }).waitFor();

    // A child.
    const member = page.getByRole('form', { name: 'Lid van het huishouden toevoegen' });
    await member.getByLabel('Soort').selectOption('child');
    await member.getByLabel('Voornaam').fill('Fenna');
    await member.getByLabel('Geboortedatum').fill('2015-03-14');
    await page.getByRole('button', { name: 'Lid toevoegen' }).click();
    await page.getByText('Fenna is aan het huishouden toegevoegd.').waitFor();
    await expect.poll(() => page.getByTestId('household-members').textContent()).toContain('Kind: Fenna');

    // A housemate aged 27+ counts as cost-sharer; change and remove work with the member's version.
    await member.getByLabel('Soort').selectOption('housemate');
    await member.getByLabel('Voornaam').fill('Dewi');
    await member.getByLabel('Geboortedatum').fill('1985-06-01');
    await member.getByRole('checkbox', { name: 'Kostendeler' }).check();
    await page.getByRole('button', { name: 'Lid toevoegen' }).click();
    await page.getByText('Dewi is aan het huishouden toegevoegd.').waitFor();
    const dewi = page.getByTestId('household-member').filter({ hasText: 'Huisgenoot: Dewi' });
    expect(await dewi.textContent()).toContain('kostendeler');
    await page.getByRole('button', { name: 'Wijzigen Dewi', exact: true }).click();
    const edit = page.getByRole('form', { name: 'Dewi wijzigen' });
    await edit.getByLabel('Voornaam').fill('Dewi Anne');
    await edit.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await page.getByText('Gegevens van Dewi Anne opgeslagen.').waitFor();
    await page.getByRole('button', { name: 'Verwijderen Dewi Anne', exact: true }).click();
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.getByText('Dewi Anne is uit het huishouden verwijderd.').waitFor();
    await expect.poll(() => page.getByTestId('household-members').textContent()).not.toContain('Dewi');

    // A target group that needs the date of the UWV indication: first without it, then with it.
    const group = page.getByRole('form', { name: 'Doelgroep toevoegen' });
    await group.getByLabel('Doelgroep', { exact: true }).selectOption('nieuw_beschut');
    await group.getByLabel('Startdatum').fill(daysFromToday(-3));
    await page.getByRole('button', { name: 'Doelgroep toevoegen' }).click();
    await page.getByRole('alert').filter({ hasText: 'indicatie beschut werk van UWV' }).waitFor();
    await group.getByLabel('Datum indicatie beschut werk (UWV)').fill(daysFromToday(-30));
    await page.getByRole('button', { name: 'Doelgroep toevoegen' }).click();
    await page.getByText('Doelgroep Nieuw beschut werk toegevoegd.').waitFor();
    const added = page.getByTestId('target-groups').locator('li[data-code="nieuw_beschut"]');
    await added.waitFor();
    expect(await added.textContent()).toContain(`Indicatie beschut werk (UWV): ${daysFromToday(-30)}`);
    // Ending a target group sets its end date.
    await added.getByLabel('Einddatum Nieuw beschut werk').fill(daysFromToday(0));
    await added.getByRole('button', { name: 'Doelgroep beëindigen' }).click();
    await page.getByText(`Doelgroep Nieuw beschut werk beëindigd per ${daysFromToday(0)}.`).waitFor();
    await expect.poll(() => added.textContent()).toContain(`tot en met ${daysFromToday(0)}`);
    expect(await axeViolations(page)).toEqual([]);

    // The overview (from the reloaded dossier) shows all three.
    await page.getByRole('navigation', { name: 'Dossier' }).getByRole('link', { name: 'Overzicht' }).click();
    await page.getByRole('heading', { level: 2, name: 'Tijdlijn' }).waitFor();
    expect(await page.locator('dl.facts').textContent()).toContain('06 1234 5678');
    expect(await page.getByRole('region', { name: 'Huishouden' }).textContent()).toContain('Kind: Fenna');
    expect(await page.getByRole('region', { name: 'Doelgroepen' }).textContent()).toContain('Nieuw beschut werk');
    await context.close();
  });

  it('lets a team lead assign another contact person with a reason, shown in the history and the banner — axe-clean', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openFirstDossier(page, 'team_lead@voorbeeld', 'Caseload van mijn team');
    const before = (await page.locator('.contact-banner').textContent())!;
    await openSection(page, 'Contactpersoon', 'Vaste contactpersoon');
    const select = page.getByLabel('Nieuwe contactpersoon');
    await select.waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The reason is mandatory.
    const options = await select.locator('option').allTextContents();
    expect(options.length).toBeGreaterThan(1);
    const to = options[1];
    expect(before).not.toContain(to);
    await select.selectOption({ label: to });
    await page.getByRole('button', { name: 'Contactpersoon wijzigen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Geef een reden van minstens 5 tekens.' }).waitFor();

    const reason = 'Werkverdeling binnen het team aangepast';
    await page.getByLabel('Reden van de wissel').fill(reason);
    await page.getByRole('button', { name: 'Contactpersoon wijzigen' }).click();
    await page.getByText(`${to} is nu de vaste contactpersoon.`).waitFor();
    await expect.poll(() => page.locator('.contact-banner').textContent()).toContain(to);
    const row = page.getByTestId('contact-person-history').locator('tbody tr').first();
    await row.waitFor();
    const cells = await row.locator('td').allTextContents();
    expect(cells[2]).toBe(to);
    expect(cells[3]).toBe(reason);
    expect(before).toContain(cells[1]);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('lets a team lead select two residents in the team view and hand them over in one go — axe-clean', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, server.url, 'team_lead@voorbeeld');
    await page.getByRole('heading', { level: 1, name: 'Caseload van mijn team' }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    const select = page.getByLabel('Naar consulent');
    await select.waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const to = (await select.locator('option').allTextContents())[1];
    // Two residents whose contact person is someone else (the last column).
    const picked: string[] = [];
    for (const row of await page.locator('tbody tr').all()) {
      const contact = await row.locator('td').last().textContent();
      if (contact === to) continue;
      picked.push((await row.getByRole('link').textContent())!);
      if (picked.length === 2) break;
    }
    expect(picked).toHaveLength(2);
    for (const name of picked) await page.getByRole('checkbox', { name: `Selecteer ${name}`, exact: true }).check();
    await expect.poll(() => page.getByTestId('selected-count').textContent()).toContain('2 inwoners geselecteerd');

    await select.selectOption({ label: to });
    await page.getByLabel('Reden van de overdracht').fill('Herverdeling caseload na uitbreiding van het team');
    await page.getByRole('button', { name: 'Overdragen' }).click();
    await page.getByText(`2 inwoners overgedragen aan ${to}.`).waitFor();
    for (const name of picked) {
      const row = page.locator('tbody tr').filter({ has: page.getByRole('link', { name, exact: true }) });
      await expect.poll(() => row.locator('td').last().textContent()).toBe(to);
      expect(await page.getByRole('checkbox', { name: `Selecteer ${name}`, exact: true }).isChecked()).toBe(false);
    }
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
