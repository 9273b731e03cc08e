import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerProcess } from '../support/server-process.ts';
import { axeViolations, logIn, startBrowserEnvironment } from './support.ts';

// An income consultant finds a resident's benefit, recovers an amount above the four-eyes threshold (a team lead
// approves it), changes the household and ends the benefit — messages at the field, keyboard, axe-clean on each form.

let env: Awaited<ReturnType<typeof startBrowserEnvironment>>;
let browser: Browser;
let server: ServerProcess;
beforeAll(async () => {
  env = await startBrowserEnvironment();
  ({ browser, server } = env);
});
afterAll(async () => { await env?.stop(); });

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);

async function as(username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await logIn(page, server.url, username);
  return page;
}

describe('changing, ending and recovering a benefit in the browser', () => {
  it('consultant recovers (team lead approves), changes and ends a benefit', async () => {
    const resident = await as('resident@voorbeeld');
    const { residentId, residentName } = await (await resident.request.get(`${server.url}/api/v1/portal/income`)).json();

    // Find the resident's benefit from the main menu.
    const consultant = await as('income_consultant@voorbeeld');
    await consultant.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Uitkeringen' }).click();
    await consultant.getByRole('heading', { level: 1, name: 'Uitkeringen' }).waitFor();
    await consultant.getByLabel('Naam, postcode of BSN').fill(residentName);
    await consultant.getByLabel('Naam, postcode of BSN').press('Enter');
    await consultant.getByRole('list', { name: 'Gevonden inwoners' }).getByRole('link', { name: residentName }).click();
    await consultant.getByRole('heading', { level: 1, name: `Uitkering van ${residentName}` }).waitFor();
    const benefit = consultant.getByTestId('benefit').first();  // the running benefit comes first
    await benefit.waitFor();
    expect(await benefit.getByRole('heading', { level: 2 }).textContent()).toContain('Lopend');
    expect(await benefit.textContent()).toMatch(/IBAN.*NL\d\d [A-Z]{4} \d{4}/);
    expect(await benefit.textContent()).toContain('Kinderen thuis');
    expect(await axeViolations(consultant)).toEqual([]);

    // Recover: empty first — every message at its field, the keyboard on the first one.
    await benefit.getByRole('button', { name: 'Terugvorderen' }).press('Enter');
    const recover = consultant.getByRole('form', { name: 'Terugvorderen' });
    await recover.waitFor();
    expect(await recover.textContent()).toContain('een terugvordering boven € 1.000,00 wacht op een tweede persoon');
    expect(await axeViolations(consultant)).toEqual([]);
    await recover.getByRole('button', { name: 'Terugvordering vastleggen' }).press('Enter');
    const amount = recover.getByLabel('Terug te vorderen bedrag in euro');
    await expect.poll(() => amount.getAttribute('aria-invalid')).toBe('true');
    expect(await focusedId(consultant)).toBe('terugvorderen-bedrag');
    expect(await amount.getAttribute('aria-describedby')).toContain('terugvorderen-bedrag-error');
    expect(await consultant.locator('#terugvorderen-bedrag-error').textContent()).toBe('Vul het terug te vorderen bedrag in euro in, bijvoorbeeld 1.250,00.');
    expect(await consultant.locator('#terugvorderen-motivering-error').textContent()).toBe('Motiveer het besluit in minstens 20 tekens.');
    expect(await axeViolations(consultant)).toEqual([]);
    await amount.fill('800,00');
    expect(await recover.getByTestId('recovery-four-eyes').textContent()).toContain('direct vastgesteld');
    await amount.fill('1.250,00');
    expect(await recover.getByTestId('recovery-four-eyes').textContent()).toContain('vraagt een tweede persoon');
    await recover.getByLabel('Periode van').fill('2026-03-01');
    await recover.getByLabel('Periode tot en met').fill('2026-02-01');
    await recover.getByLabel('Motivering').fill('U heeft inkomsten uit werk niet op tijd doorgegeven; u ontving te veel bijstand.');
    await recover.getByRole('button', { name: 'Terugvordering vastleggen' }).press('Enter');
    await consultant.locator('#terugvorderen-tot-error').waitFor();
    expect(await consultant.locator('#terugvorderen-tot-error').textContent()).toBe('Het einde van de periode ligt vóór het begin.');
    expect(await focusedId(consultant)).toBe('terugvorderen-tot');
    await recover.getByLabel('Periode tot en met').fill('2026-04-30');
    await recover.getByRole('button', { name: 'Terugvordering vastleggen' }).press('Enter');
    await benefit.getByText('Terugvordering: voorgesteld. Het besluit wacht op een tweede beoordelaar').waitFor();
    const proposal = consultant.getByTestId('decision').filter({ hasText: 'Terugvordering' });
    await expect.poll(() => proposal.getByTestId('decision-status').textContent()).toBe('Wacht op tweede beoordelaar');
    expect(await proposal.textContent()).toContain('€ 1.250,00');
    expect(await proposal.textContent()).toContain('Periode1-3-2026 tot en met 30-4-2026');
    expect(await proposal.getByRole('link', { name: /Conceptbrief openen/ }).count()).toBe(1);
    expect(await benefit.textContent()).toContain('Er wacht een besluit over deze uitkering op een tweede beoordelaar');
    expect(await benefit.getByRole('button', { name: 'Uitkering beëindigen' }).count()).toBe(0);
    expect(await axeViolations(consultant)).toEqual([]);

    // The team lead approves it as the second person.
    const lead = await as('team_lead@voorbeeld');
    await lead.goto(`${server.url}/inkomen/besluiten`);
    await lead.getByRole('heading', { level: 1, name: 'Besluiten bijstand' }).waitFor();
    const waiting = lead.getByTestId('decision').filter({ hasText: residentName }).filter({ hasText: 'Terugvordering' });
    await waiting.getByRole('button', { name: 'Goedkeuren' }).click();
    const approved = lead.getByTestId('decision').filter({ hasText: residentName }).filter({ hasText: 'Terugvordering' }).first();
    await expect.poll(() => approved.getByTestId('decision-status').textContent()).toBe('Vastgesteld');
    expect(await axeViolations(lead)).toEqual([]);
    // A team lead sees the benefit and its decisions, but takes no decisions there.
    await lead.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Uitkeringen' }).waitFor();
    await lead.goto(`${server.url}/inkomen/uitkeringen/${residentId}`);
    await lead.getByRole('heading', { level: 1, name: `Uitkering van ${residentName}` }).waitFor();
    await lead.getByTestId('decision').filter({ hasText: 'Terugvordering' }).waitFor();
    expect(await lead.getByRole('button', { name: 'Terugvorderen' }).count()).toBe(0);
    expect(await axeViolations(lead)).toEqual([]);

    // Back with the consultant: final, with its letter; the forms are open again.
    await consultant.reload();
    const final = consultant.getByTestId('decision').filter({ hasText: 'Terugvordering' });
    await expect.poll(() => final.getByTestId('decision-status').textContent()).toBe('Vastgesteld');
    expect(await final.textContent()).toContain('Goedgekeurd door');
    const letter = await consultant.request.get(`${server.url}${await final.getByRole('link', { name: /^Brief openen \(PDF\)/ }).getAttribute('href')}`);
    expect(letter.status()).toBe(200);
    expect((await letter.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // Change: a cost-sharer moves in from today.
    await benefit.getByRole('button', { name: 'Uitkering wijzigen' }).click();
    const change = consultant.getByRole('form', { name: 'Uitkering wijzigen' });
    // Four eyes above Voorbeeld's monthly threshold (demo € 1.500, decision 0020): the form says so beforehand.
    expect(await change.getByTestId('change-four-eyes').textContent()).toContain('hoger dan € 1.500,00');
    await change.getByRole('button', { name: 'Kostendeler toevoegen' }).click();
    await change.getByRole('button', { name: 'Wijzigingsbesluit vastleggen' }).click();
    await consultant.locator('#wijzigen-kostendeler-0-error').waitFor();
    expect(await focusedId(consultant)).toBe('wijzigen-kostendeler-0');
    expect(await axeViolations(consultant)).toEqual([]);
    await change.getByLabel('Geboortedatum kostendeler 1').fill('1990-06-15');
    await change.getByRole('button', { name: 'Proefberekening' }).click();
    await change.getByTestId('change-preview').getByTestId('calculation').waitFor();
    const [, now, next] = /Nu (€ [\d.,]+), na de wijziging (€ [\d.,]+) per maand/.exec((await change.getByTestId('change-preview').textContent())!)!;
    expect(next).not.toBe(now);
    expect(await change.getByTestId('change-preview').textContent()).toContain('Kostendelersnorm');
    expect(await axeViolations(consultant)).toEqual([]);
    await change.getByLabel('Motivering').fill('Sinds vandaag woont er een huisgenoot bij u die de kosten deelt (kostendelersnorm).');
    await change.getByRole('button', { name: 'Wijzigingsbesluit vastleggen' }).click();
    await benefit.getByText('Wijziging: vastgesteld.').waitFor();
    const changed = consultant.getByTestId('decision').filter({ hasText: 'Sinds vandaag woont er een huisgenoot bij u' });
    await changed.waitFor();
    await expect.poll(() => changed.getByTestId('decision-status').textContent()).toBe('Vastgesteld');
    expect(await changed.textContent()).toContain(`Was / wordt${now} → ${next} per maand`);
    await expect.poll(() => benefit.textContent()).toContain('1 kostendeler');

    // End, by keyboard only: open the form, type the fields, choose the reason, send with Enter.
    await benefit.getByRole('button', { name: 'Uitkering beëindigen' }).focus();
    await consultant.keyboard.press('Enter');
    const end = consultant.getByRole('form', { name: 'Uitkering beëindigen' });
    await end.waitFor();
    expect(await axeViolations(consultant)).toEqual([]);
    await end.getByLabel('Laatste dag met bijstand').fill('2001-01-01');
    await end.getByLabel('Reden').focus();
    await consultant.keyboard.press('ArrowDown');  // the first reason: Werk gevonden
    await end.getByLabel('Motivering').focus();
    await consultant.keyboard.type('U heeft werk gevonden met een inkomen boven de bijstandsnorm.');
    await end.getByRole('button', { name: 'Beëindiging vastleggen' }).press('Enter');
    await consultant.locator('#beeindigen-datum-error').waitFor();
    expect(await consultant.locator('#beeindigen-datum-error').textContent()).toContain('De laatste dag ligt vóór de ingangsdatum van de uitkering');
    expect(await focusedId(consultant)).toBe('beeindigen-datum');
    expect(await end.getByLabel('Reden').inputValue()).toBe('work');
    await end.getByLabel('Laatste dag met bijstand').fill(today());
    // A rule only the server checks (a legal ground of at least 5 characters) comes back at its field too.
    await end.getByLabel('Wettelijke grondslag (optioneel)').fill('art');
    await end.getByRole('button', { name: 'Beëindiging vastleggen' }).press('Enter');
    await consultant.locator('#beeindigen-grondslag-error').waitFor();
    expect(await consultant.locator('#beeindigen-grondslag-error').textContent()).toBe('Noem de wettelijke grondslag.');
    expect(await focusedId(consultant)).toBe('beeindigen-grondslag');
    expect(await axeViolations(consultant)).toEqual([]);
    await end.getByLabel('Wettelijke grondslag (optioneel)').fill('');
    await end.getByRole('button', { name: 'Beëindiging vastleggen' }).press('Enter');
    await benefit.getByText('Beëindiging: vastgesteld.').waitFor();
    const ended = consultant.getByTestId('decision').filter({ hasText: 'Beëindiging' });
    await expect.poll(() => ended.getByTestId('decision-status').textContent()).toBe('Vastgesteld');
    expect(await ended.textContent()).toContain('Werk gevonden');
    expect(await ended.getByRole('link', { name: /^Brief openen \(PDF\)/ }).count()).toBe(1);
    await expect.poll(() => benefit.textContent()).toContain('Beëindigd');
    expect(await benefit.getByRole('button', { name: 'Uitkering wijzigen' }).count()).toBe(0);
    expect(await benefit.getByRole('button', { name: 'Terugvorderen' }).count()).toBe(1);
    expect(await axeViolations(consultant)).toEqual([]);

    // The resident sees the final decisions in the portal.
    await resident.goto(`${server.url}/mijn/besluiten`);
    await resident.getByTestId('my-decision').filter({ hasText: 'Beëindiging' }).waitFor();
    expect(await resident.getByTestId('my-decision').filter({ hasText: 'Terugvordering' }).count()).toBe(1);
  });
});
