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

const inMonths = (months: number) => {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

async function order(page: Page, instrument: string, units: string) {
  await page.getByLabel('Instrument').selectOption({ label: instrument });
  await page.getByLabel(/^Aantal/).fill(units);
  await page.getByLabel('Geplande einddatum').fill(inMonths(6));
}

describe('ordering and approving trajectories in the browser', () => {
  it('a consultant orders above and below the four-eyes amount; a team lead approves the proposal; the consultant sees it approved — axe-clean on every page', async () => {
    const consultant = await browser.newContext();
    let page = await consultant.newPage();
    await logIn(page, server.url, 'work_consultant@voorbeeld');
    await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
    const first = page.locator('tbody tr').first().getByRole('link');
    const name = (await first.textContent())!;
    await first.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByRole('navigation', { name: 'Dossier' }).getByRole('link', { name: 'Trajecten' }).click();
    await page.getByRole('heading', { level: 2, name: 'Traject bestellen' }).waitFor();
    const dossierUrl = page.url();
    expect(dossierUrl).toMatch(/\/inwoners\/[0-9a-f-]{36}\/trajecten$/);
    await page.locator('#bestel-instrument option', { hasText: 'Leer-werktraject' }).waitFor({ state: 'attached' });
    expect(await axeViolations(page)).toEqual([]);

    // Above the threshold (2 × € 4.200 > € 5.000): a proposal that waits for a team lead.
    await order(page, 'Leer-werktraject (per traject)', '2');
    await expect.poll(() => page.getByTestId('order-total').textContent()).toContain('Totaal: € 8.400,00');
    expect(await page.getByTestId('order-total').textContent()).toContain('Prijs: € 4.200,00 per traject');
    await page.getByRole('button', { name: 'Traject bestellen' }).click();
    await page.getByText('een teamleider moet het voorstel nog goedkeuren').waitFor();
    const proposed = page.getByTestId('trajectory').filter({ hasText: 'Leer-werktraject' }).filter({ hasText: 'Wacht op goedkeuring door een teamleider' });
    await expect.poll(() => proposed.count()).toBeGreaterThan(0);
    expect(await proposed.first().getByTestId('trajectory-status').textContent()).toBe('Voorgesteld');
    expect(await proposed.first().textContent()).toContain('€ 8.400,00');
    expect(await axeViolations(page)).toEqual([]);

    // Below the threshold, with a chosen provider offer: approved at once, and then started.
    await page.getByLabel('Instrument').selectOption({ label: 'Jobcoaching / werkplekbegeleiding (per uur)' });
    const opstap = await page.locator('#bestel-aanbod option', { hasText: 'Re-integratiebureau Opstap' }).getAttribute('value');
    await page.getByLabel('Aanbieder en prijs').selectOption(opstap!);
    await page.getByLabel(/^Aantal/).fill('10');
    await page.getByLabel('Geplande einddatum').fill(inMonths(3));
    await expect.poll(() => page.getByTestId('order-total').textContent()).toContain('Totaal: € 850,00');
    await page.getByRole('button', { name: 'Traject bestellen' }).click();
    await page.getByText('besteld voor € 850,00 en direct goedgekeurd').waitFor();
    const coaching = page.getByTestId('trajectory').filter({ hasText: 'Re-integratiebureau Opstap' }).filter({ hasText: '€ 850,00' });
    await expect.poll(() => coaching.first().getByTestId('trajectory-status').textContent()).toBe('Goedgekeurd');
    expect(await coaching.first().getByTestId('four-eyes').textContent()).toContain('Niet nodig');
    await coaching.first().getByText('Traject starten').click();
    await coaching.first().getByRole('button', { name: 'Start vastleggen' }).click();
    await expect.poll(() => coaching.first().getByTestId('trajectory-status').textContent()).toBe('Gestart');
    expect(await axeViolations(page)).toEqual([]);

    // Maatwerk: the reason is mandatory; the price is typed in euros and sent as exact cents.
    await page.getByLabel('Maatwerk buiten de catalogus').check();
    await page.getByLabel('Aanbieder', { exact: true }).selectOption({ index: 1 });
    await page.getByLabel('Omschrijving van het maatwerk').fill('Fietsles voor woon-werkverkeer');
    await page.getByLabel('Eenheid', { exact: true }).selectOption('hour');
    await page.getByLabel(/^Prijs per eenheid/).fill('62,35');
    await page.getByLabel(/^Aantal/).fill('3');
    await page.getByLabel('Geplande einddatum').fill(inMonths(1));
    await expect.poll(() => page.getByTestId('order-total').textContent()).toContain('Totaal: € 187,05');
    await page.getByRole('button', { name: 'Traject bestellen' }).click();
    await page.getByRole('alert').filter({ hasText: 'reden van minstens 10 tekens' }).waitFor();
    await page.getByLabel('Reden voor maatwerk buiten de catalogus').fill('Geen instrument in de catalogus leert fietsen in het verkeer.');
    // More than the budget has left: the Dutch explanation and a choice to order anyway.
    await page.getByLabel(/^Prijs per eenheid/).fill('100.000');
    await page.getByLabel(/^Aantal/).fill('10000');
    await page.getByRole('button', { name: 'Traject bestellen' }).click();
    await page.getByRole('alert').filter({ hasText: 'past niet in het re-integratiebudget' }).waitFor();
    await page.getByRole('button', { name: 'Toch bestellen' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Niet bestellen' }).click();
    await page.getByLabel(/^Prijs per eenheid/).fill('62,35');
    await page.getByLabel(/^Aantal/).fill('3');
    await page.getByRole('button', { name: 'Traject bestellen' }).click();
    await page.getByText('Fietsles voor woon-werkverkeer besteld voor € 187,05').waitFor();
    const maatwerk = page.getByTestId('trajectory').filter({ hasText: 'Fietsles voor woon-werkverkeer' });
    await expect.poll(() => maatwerk.first().textContent()).toContain('3 uren × € 62,35 per uur');
    expect(await axeViolations(page)).toEqual([]);
    await consultant.close();

    // The team lead approves on /trajecten; rejecting without a note is refused first.
    const lead = await browser.newContext();
    page = await lead.newPage();
    await logIn(page, server.url, 'team_lead@voorbeeld');
    await page.getByRole('link', { name: 'Trajecten' }).waitFor();
    await page.goto(`${server.url}/trajecten`);
    await page.getByRole('heading', { level: 2, name: 'Wacht op uw goedkeuring' }).waitFor();
    const proposal = page.getByTestId('proposal').filter({ hasText: name }).filter({ hasText: 'Leer-werktraject' }).first();
    await proposal.waitFor();
    expect(await proposal.textContent()).toContain('€ 8.400,00');
    await page.getByRole('table').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await proposal.getByRole('button', { name: 'Afwijzen' }).click();
    await proposal.getByRole('alert').filter({ hasText: 'minstens 5 tekens' }).waitFor();
    await proposal.getByLabel('Toelichting').fill('Past bij het doel: een startkwalificatie halen.');
    await proposal.getByRole('button', { name: 'Goedkeuren' }).click();
    await page.getByText(`Leer-werktraject voor ${name} is goedgekeurd.`).waitFor();

    await page.getByLabel('Status', { exact: true }).selectOption('approved');
    await page.waitForURL(/status=approved/);
    await page.getByText(/trajecten? met status goedgekeurd$/).waitFor();
    const approvedRow = page.locator('tbody tr').filter({ hasText: name }).filter({ hasText: 'Leer-werktraject' });
    await expect.poll(() => approvedRow.count()).toBeGreaterThan(0);
    // The list reloads for the new filter; until it has, the previous rows may still stand (shown as "bijwerken…").
    await expect.poll(async () => (await page.locator('tbody tr td:nth-child(4)').allTextContents()).every((cell) => cell.includes('Goedgekeurd'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await lead.close();

    // Back with the consultant: the order is approved, by the team lead.
    const again = await browser.newContext();
    page = await again.newPage();
    await logIn(page, server.url, 'work_consultant@voorbeeld');
    await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
    await page.goto(dossierUrl);
    const approved = page.getByTestId('trajectory').filter({ hasText: 'Leer-werktraject' }).filter({ hasText: 'Past bij het doel' });
    await approved.first().waitFor();
    expect(await approved.first().getByTestId('trajectory-status').textContent()).toBe('Goedgekeurd');
    expect(await approved.first().getByTestId('four-eyes').textContent()).toMatch(/^Goedgekeurd door /);
    expect(await axeViolations(page)).toEqual([]);
    await again.close();
  });
});
