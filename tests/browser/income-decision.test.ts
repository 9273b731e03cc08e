import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerProcess } from '../support/server-process.ts';
import { axeViolations, logIn, startBrowserEnvironment } from './support.ts';

// A resident applies in the portal, an income consultant treats the application and grants it, a team lead approves
// (four eyes: an advance was asked), and the resident reads the decision and its letter — axe-clean on every page.

let env: Awaited<ReturnType<typeof startBrowserEnvironment>>;
let browser: Browser;
let server: ServerProcess;
beforeAll(async () => {
  env = await startBrowserEnvironment();
  ({ browser, server } = env);
});
afterAll(async () => { await env?.stop(); });

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

async function as(username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await logIn(page, server.url, username);
  return page;
}

describe('deciding an application in the browser', () => {
  it('resident applies, consultant grants, team lead approves, resident sees the decision and letter', async () => {
    // The demo resident receives bijstand already; their benefit ends first, so they can apply again.
    const resident = await as('resident@voorbeeld');
    await resident.getByRole('heading', { level: 1, name: 'Mijn aanvraag bijstand' }).waitFor();
    const overview = await (await resident.request.get(`${server.url}/api/v1/portal/income`)).json();
    const consultant = await as('income_consultant@voorbeeld');
    const ended = await consultant.request.post(`${server.url}/api/v1/benefit-decisions`, {
      data: { kind: 'end', benefitId: overview.benefit.id, effectiveDate: today(), endReason: 'other_income', reasoning: 'Tijdelijk ander inkomen; de uitkering stopt per vandaag.' },
    });
    expect(ended.status(), await ended.text()).toBe(201);

    // The resident applies in the portal, with an advance.
    await resident.reload();
    await resident.getByRole('heading', { level: 2, name: 'Bijstand aanvragen' }).waitFor();
    expect(await axeViolations(resident)).toEqual([]);
    // The advance term comes from the table legal_terms (4 weeks, Pw art. 52), not from the page.
    expect(await resident.getByText(/Dan krijgt u binnen/).textContent()).toContain('binnen 4 weken een voorschot');
    await resident.getByLabel('Uw IBAN (rekeningnummer)').fill('NL00 0000');
    await resident.getByRole('button', { name: 'Aanvraag versturen' }).click();
    await resident.getByText('Dit IBAN klopt niet').waitFor();
    await resident.getByLabel('Uw IBAN (rekeningnummer)').fill('NL91 ABNA 0417 1643 00');
    await resident.getByLabel('Ik vraag een voorschot').check();
    await resident.getByRole('button', { name: 'Aanvraag versturen' }).click();
    await expect.poll(() => resident.getByTestId('my-application-status').textContent()).toBe('Ontvangen');
    expect(await resident.getByRole('list', { name: 'Stappen van uw aanvraag' }).textContent()).toContain('hier bent u nu');
    expect(await axeViolations(resident)).toEqual([]);

    // The consultant finds it in the list, treats it and grants it.
    await consultant.goto(`${server.url}/inkomen/aanvragen`);
    await consultant.getByRole('heading', { level: 1, name: 'Aanvragen bijstand' }).waitFor();
    const row = consultant.getByTestId('application-row').filter({ hasText: overview.residentName });
    await row.waitFor();
    expect(await row.textContent()).toContain('Ontvangen');
    expect(await consultant.getByTestId('application-row').count()).toBeGreaterThan(1);
    expect(await consultant.getByText(/De beslistermijn is verstreken op/).count()).toBeGreaterThan(0);
    expect(await axeViolations(consultant)).toEqual([]);
    await row.getByRole('link', { name: overview.residentName }).click();
    await consultant.getByRole('heading', { level: 1, name: `Aanvraag bijstand van ${overview.residentName}` }).waitFor();
    await consultant.getByTestId('calculation').waitFor();
    expect(await axeViolations(consultant)).toEqual([]);
    await consultant.getByRole('button', { name: 'In behandeling nemen' }).click();
    await expect.poll(() => consultant.getByTestId('application-status').textContent()).toBe('In behandeling');
    await consultant.getByLabel('Geldig identiteitsbewijs').check();
    await consultant.getByLabel('Bankafschriften van de laatste drie maanden').check();
    await consultant.getByRole('button', { name: 'Checklist opslaan' }).click();
    await consultant.getByText('De checklist is opgeslagen.').waitFor();
    await consultant.getByLabel('Toekennen').check();
    await consultant.getByLabel('Motivering').fill('U heeft geen inkomen en geen vermogen boven de grens; u heeft recht op bijstand.');
    await consultant.getByRole('button', { name: 'Besluit vastleggen' }).click();
    const proposal = consultant.getByTestId('decision').filter({ hasText: 'Toekenning' });
    await expect.poll(() => proposal.getByTestId('decision-status').textContent()).toBe('Wacht op tweede beoordelaar');
    expect(await proposal.textContent()).toContain('Nodig: wacht op een tweede beoordelaar');
    expect(await proposal.getByTestId('calculation').textContent()).toContain('bijstandsnormen-');
    expect(await proposal.getByRole('button', { name: 'Goedkeuren' }).count()).toBe(0);
    expect(await axeViolations(consultant)).toEqual([]);

    // The team lead approves it.
    const lead = await as('team_lead@voorbeeld');
    await lead.goto(`${server.url}/inkomen/besluiten`);
    await lead.getByRole('heading', { level: 1, name: 'Besluiten bijstand' }).waitFor();
    const waiting = lead.getByTestId('decision').filter({ hasText: overview.residentName }).filter({ has: lead.getByRole('button', { name: 'Goedkeuren' }) });
    await waiting.waitFor();
    expect(await axeViolations(lead)).toEqual([]);
    await waiting.getByRole('button', { name: 'Goedkeuren' }).click();
    const approved = lead.getByTestId('decision').filter({ hasText: overview.residentName }).filter({ hasText: 'Toekenning' }).first();
    await expect.poll(() => approved.getByTestId('decision-status').textContent()).toBe('Vastgesteld');
    expect(await approved.textContent()).toContain('Goedgekeurd door');
    expect(await axeViolations(lead)).toEqual([]);

    // The resident sees the decision and its letter, and that bijstand runs again.
    await resident.goto(`${server.url}/mijn/besluiten`);
    await resident.getByRole('heading', { level: 1, name: 'Mijn besluiten' }).waitFor();
    const grant = resident.getByTestId('my-decision').filter({ hasText: 'Toekenning' });
    await grant.waitFor();
    expect(await grant.textContent()).toContain('U krijgt bijstand vanaf');
    expect(await resident.getByTestId('objection-term').textContent()).toContain('binnen 6 weken bezwaar');  // legal_terms, Awb 6:7
    const href = await grant.getByRole('link', { name: /Brief openen/ }).getAttribute('href');
    const pdf = await resident.request.get(`${server.url}${href}`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await axeViolations(resident)).toEqual([]);
    await resident.goto(`${server.url}/mijn/aanvraag`);
    await resident.getByText(/U ontvangt bijstand sinds/).waitFor();
    expect(await axeViolations(resident)).toEqual([]);

    // And reports this month's income.
    await resident.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn inkomsten' }).click();
    await resident.getByRole('heading', { level: 1, name: 'Mijn inkomsten en wijzigingen' }).waitFor();
    expect(await axeViolations(resident)).toEqual([]);
    await resident.getByLabel('Maand', { exact: true }).selectOption({ index: 0 });
    await resident.getByLabel('Inkomsten uit werk (netto, in euro)').fill('250,00');
    await resident.getByRole('button', { name: 'Inkomsten doorgeven' }).click();
    await resident.getByTestId('my-income-report').filter({ hasText: '€ 250,00' }).waitFor();
    expect(await resident.getByTestId('my-income-report').filter({ hasText: '€ 250,00' }).textContent()).toContain('wacht op verwerking');
    expect(await axeViolations(resident)).toEqual([]);

    // The consultant sees it as a recalculation proposal.
    await consultant.goto(`${server.url}/inkomen/besluiten`);
    await consultant.getByRole('heading', { level: 2, name: 'Doorgegeven wijzigingen' }).waitFor();
    const change = consultant.getByTestId('change-report').filter({ hasText: overview.residentName });
    await change.waitFor();
    expect(await change.getByRole('table').textContent()).toContain('Verschil');
    expect(await axeViolations(consultant)).toEqual([]);
  });
});
