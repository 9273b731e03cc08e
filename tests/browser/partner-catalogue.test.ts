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

/** What a partner coach's page must never show: a BSN-like number or money. */
async function expectNoBsnOrMoney(page: Page) {
  // The app's own HTML (axe's injected script tag is not part of it).
  const html = await page.locator('#root').innerHTML();
  expect(html.match(/(?<![\d-])\d{9}(?![\d-])/)?.[0] ?? null).toBeNull();
  expect(html.includes('€')).toBe(false);
}

interface Report { kind: string; summary: string; hoursPlanned: number | null; hoursAttended: number | null }
const thisYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date()));

describe('partner coach, catalogue and budget in the browser', () => {
  it('a partner coach reports attendance and progress; the consultant sees it; an administrator adds an offer and sets the budget — axe-clean on every page', async () => {
    // The partner coach lands on the trajectories ordered from their organisation.
    const partner = await (await browser.newContext()).newPage();
    await logIn(partner, server.url, 'partner_coach@voorbeeld');
    await partner.waitForURL(/\/partner$/);
    await partner.getByRole('heading', { level: 1, name: 'Trajecten bij uw organisatie' }).waitFor();
    await partner.getByText('Werkbedrijf Voorbeeldvallei', { exact: false }).first().waitFor();
    const started = partner.getByRole('region', { name: /^Gestart/ });
    await started.waitFor();
    expect(await started.getByRole('article').count()).toBeGreaterThanOrEqual(3);
    expect(await partner.getByRole('region', { name: /^Goedgekeurd/ }).getByRole('article').count()).toBeGreaterThanOrEqual(1);
    // Only this organisation's orders: the other providers' trajectories are not shown.
    expect(await partner.locator('main').textContent()).not.toContain('Ontwikkeltraject');
    expect(await partner.locator('main').textContent()).toContain('Voorkeurstaal');
    expect(await partner.locator('main').textContent()).toContain('Contactpersoon gemeente');
    await expectNoBsnOrMoney(partner);
    expect(await axeViolations(partner)).toEqual([]);

    // The status filter narrows the list.
    await partner.getByLabel('Toon trajecten met status').selectOption('started');
    await expect.poll(() => partner.getByRole('region', { name: /^Goedgekeurd/ }).count()).toBe(0);
    await partner.getByLabel('Toon trajecten met status').selectOption('');

    const item = started.getByRole('article').first();
    const trajectoryId = (await item.getByRole('heading', { level: 3 }).getAttribute('id'))!.replace(/^traject-/, '');
    const reportsBefore = await item.locator('table tbody tr').count();

    // Attendance without hours: the API's Dutch message.
    await item.getByLabel('Soort rapportage').selectOption('attendance');
    await item.getByRole('button', { name: 'Rapportage opslaan' }).click();
    await item.getByRole('alert').filter({ hasText: 'Geef bij aanwezigheid de geplande en de aanwezige uren.' }).waitFor();

    await item.getByLabel('Geplande uren').fill('16');
    await item.getByLabel('Aanwezige uren').fill('14');
    await item.getByLabel('Toelichting').fill('Eén dag afgemeld voor een afspraak bij de huisarts.');
    await item.getByRole('button', { name: 'Rapportage opslaan' }).click();
    await item.getByText('Aanwezigheid opgeslagen.').waitFor();
    await expect.poll(() => item.locator('table tbody tr').count()).toBe(reportsBefore + 1);

    // Progress with too short a summary: the API's Dutch message; then a proper one.
    await item.getByLabel('Soort rapportage').selectOption('progress');
    await item.getByLabel('Toelichting').fill('Goed');
    await item.getByRole('button', { name: 'Rapportage opslaan' }).click();
    await item.getByRole('alert').filter({ hasText: 'Beschrijf de voortgang in minstens 10 tekens.' }).waitFor();
    const progress = 'Werkt zelfstandig in het magazijn en helpt nieuwe collega’s op weg.';
    await item.getByLabel('Toelichting').fill(progress);
    await item.getByRole('button', { name: 'Rapportage opslaan' }).click();
    await item.getByText('Voortgang opgeslagen.').waitFor();
    await expect.poll(() => item.locator('table tbody tr').count()).toBe(reportsBefore + 2);
    const table = await item.locator('table').textContent();
    expect(table).toContain('Eén dag afgemeld voor een afspraak bij de huisarts.');
    expect(table).toContain(progress);
    await expectNoBsnOrMoney(partner);
    expect(await axeViolations(partner)).toEqual([]);
    await partner.context().close();

    // The work consultant sees the reports with the resident's trajectory.
    const consultant = await (await browser.newContext()).newPage();
    await logIn(consultant, server.url, 'work_consultant@voorbeeld');
    await consultant.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
    const res = await consultant.request.get(`${server.url}/api/v1/trajectories/${trajectoryId}`);
    expect(res.status()).toBe(200);
    const trajectory = await res.json() as { resident: { id: string }; reports: Report[] };
    expect(trajectory.reports).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'attendance', hoursPlanned: 16, hoursAttended: 14, summary: 'Eén dag afgemeld voor een afspraak bij de huisarts.' }),
      expect.objectContaining({ kind: 'progress', summary: progress }),
    ]));
    await consultant.goto(`${server.url}/inwoners/${trajectory.resident.id}/trajecten`);
    await consultant.getByRole('heading', { level: 2, name: 'Trajecten' }).first().waitFor();
    const placeholder = await consultant.getByText('nog in aanbouw').count() > 0;
    // Once the dossier's Trajecten page is built, the partner's report shows there too.
    if (!placeholder) await expect.poll(() => consultant.locator('main').textContent()).toContain(progress);
    expect(await axeViolations(consultant)).toEqual([]);
    await consultant.context().close();

    // The administrator adds an offer, changes a price, and sets the budget.
    const admin = await (await browser.newContext()).newPage();
    await logIn(admin, server.url, 'administrator@voorbeeld');
    await admin.waitForURL((u) => !u.pathname.startsWith('/inloggen'));
    await admin.goto(`${server.url}/catalogus`);
    await admin.getByRole('heading', { level: 1, name: 'Instrumentencatalogus' }).waitFor();
    await admin.getByText(/\d+ instrumenten gevonden\./).waitFor();
    const all = Number((await admin.getByText(/\d+ instrumenten gevonden\./).textContent())!.split(' ')[0]);
    expect(await admin.getByRole('table', { name: 'Aanbod voor Maatschappelijke participatie' }).textContent()).toContain('€ 475,00');
    expect(await admin.getByRole('table', { name: 'Contracten met Werkbedrijf Voorbeeldvallei' }).count()).toBe(1);
    expect(await axeViolations(admin)).toEqual([]);

    await admin.getByLabel('Zoekterm').fill('werkervaring');
    await admin.getByRole('button', { name: 'Zoeken' }).click();
    await expect.poll(async () => Number((await admin.getByText(/\d+ instrument(en)? gevonden\./).textContent())!.split(' ')[0])).toBeLessThan(all);
    const wep = admin.getByRole('article', { name: 'Werkervaringsplek' });
    await wep.waitFor();
    await wep.getByText('Aanbod beheren bij Werkervaringsplek').click();
    await wep.getByLabel('Aanbieder').selectOption({ label: 'Re-integratiebureau Opstap' });
    await wep.getByLabel(/^Prijs per maand/).fill('527,35');
    await wep.getByLabel('Capaciteit (plaatsen)', { exact: true }).fill('5');
    await wep.getByRole('button', { name: 'Aanbod toevoegen' }).click();
    await wep.getByText('Aanbod toegevoegd.').waitFor();
    const offers = wep.getByRole('table', { name: 'Aanbod voor Werkervaringsplek' });
    await expect.poll(() => offers.textContent()).toContain('€ 527,35');
    expect(await offers.getByRole('row', { name: /Re-integratiebureau Opstap/ }).textContent()).toContain('5 per jaar');
    expect(await axeViolations(admin)).toEqual([]);

    // Change the first offer's price (Kringloop De Tweede Ronde, € 550,00) with its version.
    await wep.getByLabel(/^Nieuwe prijs per maand/).fill('561,10');
    await wep.getByRole('button', { name: 'Aanbod wijzigen' }).click();
    await wep.getByText('Aanbod gewijzigd.').waitFor();
    await expect.poll(() => offers.getByRole('row', { name: /Kringloop De Tweede Ronde/ }).textContent()).toContain('€ 561,10');
    const stored = await (await admin.request.get(`${server.url}/api/v1/instruments?q=werkervaring`)).json() as { items: { name: string; offers: { provider: { name: string }; unitPriceCents: number }[] }[] };
    const prices = Object.fromEntries(stored.items.find((i) => i.name === 'Werkervaringsplek')!.offers.map((o) => [o.provider.name, o.unitPriceCents]));
    expect(prices['Re-integratiebureau Opstap']).toBe(52735);
    expect(prices['Kringloop De Tweede Ronde']).toBe(56110);

    await admin.getByRole('link', { name: 'Budget', exact: true }).click();
    await admin.getByRole('heading', { level: 2, name: `Stand ${thisYear}` }).waitFor();
    expect(await axeViolations(admin)).toEqual([]);
    await admin.getByLabel(/^Budget in euro/).fill('600.000,00');
    await admin.getByLabel('Bron', { exact: true }).fill('Raadsbesluit begroting (test)');
    await admin.getByRole('button', { name: 'Budget opslaan' }).click();
    await admin.getByText(`Budget ${thisYear} opgeslagen.`).waitFor();
    await expect.poll(() => admin.getByTestId('budget-amount').textContent()).toBe('€ 600.000,00');

    // A year without a budget warns, and is set with "v0".
    await admin.getByLabel('Jaar').selectOption(String(thisYear + 1));
    await admin.getByRole('alert').filter({ hasText: `Voor ${thisYear + 1} is nog geen re-integratiebudget vastgesteld.` }).waitFor();
    expect(await axeViolations(admin)).toEqual([]);
    await admin.getByLabel(/^Budget in euro/).fill('450000');
    await admin.getByLabel('Bron', { exact: true }).fill('Meerjarenraming (test)');
    await admin.getByRole('button', { name: 'Budget opslaan' }).click();
    await admin.getByText(`Budget ${thisYear + 1} opgeslagen.`).waitFor();
    await expect.poll(() => admin.getByTestId('budget-amount').textContent()).toBe('€ 450.000,00');
    await expect.poll(() => admin.getByRole('alert').count()).toBe(0);
    expect(await axeViolations(admin)).toEqual([]);
    await admin.context().close();
  });
});
