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

const mustPass = [
  'Schaadt de beschutte werkplek niet',
  'Strijdt niet met wet- en regelgeving (zoals staatssteun en aanbesteding)',
  'Vergroot het financiële risico van de gemeente niet',
];

describe('afwegingskader in the browser', () => {
  it('an administrator records a proposal and its decision; a failed must-pass blocks approval in Dutch — axe-clean', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, server.url, 'administrator@voorbeeld');
    await page.getByRole('link', { name: 'Afwegingskaders' }).click();
    await page.getByRole('heading', { level: 1, name: 'Afwegingskaders' }).waitFor();
    await page.getByRole('cell', { name: 'Leerwerkplaats fietsenmaker open voor inwoners uit de buurgemeente' }).waitFor();
    await page.getByRole('button', { name: 'Criteria tonen' }).click();
    await page.getByRole('cell', { name: /Schaadt de beschutte werkplek niet/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Titel van het voorstel').fill('Kringloopwinkel neemt deelnemers uit Buurdorp op');
    await page.getByLabel('Ingediend door (organisatie)').fill('Kringloop De Vallei');
    await page.getByLabel('Omschrijving').fill('Vijf extra werkervaringsplaatsen voor de buurgemeente.');
    await page.getByRole('button', { name: 'Voorstel vastleggen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Kringloopwinkel neemt deelnemers uit Buurdorp op' }).waitFor();
    await page.getByRole('heading', { name: 'Besluit vastleggen' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    for (const title of mustPass) {
      const group = page.getByRole('group', { name: title });
      await group.getByLabel(title.startsWith('Vergroot') ? 'Voldoet niet' : 'Voldoet', { exact: true }).check();
      await group.getByLabel('Toelichting').fill('Getoetst met het contract en de begroting.');
    }
    const scores: Record<string, string> = {
      'Bijdrage aan uitstroom naar werk': '4', 'Aansluiting bij de behoefte van inwoners': '3', 'Kosten en baten': '2', 'Samenwerking in de regio': '5',
    };
    for (const [title, score] of Object.entries(scores)) {
      await page.getByRole('group', { name: new RegExp(`^${title}`) }).getByLabel('Score (0 tot en met 5)').selectOption(score);
    }
    await page.getByText('Totaal: 27 van 40 punten').waitFor();
    await page.getByText(/kan alleen worden afgewezen/).waitFor();
    await page.getByLabel('Goedkeuren').check();
    await page.getByLabel('Redenen van het besluit').fill('Past goed bij de behoefte in de regio.');
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByRole('alert').filter({ hasText: 'kan niet worden goedgekeurd' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // After a new check the risk turns out fine: now it can be approved.
    await page.getByRole('group', { name: mustPass[2] }).getByLabel('Voldoet', { exact: true }).check();
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByText('Besluit vastgelegd.').waitFor();
    await expect.poll(() => page.getByTestId('beoordeling-status').textContent()).toBe('Goedgekeurd');
    expect(await page.getByTestId('beoordeling-score').textContent()).toBe('27 van 40 punten (68%)');
    await page.getByRole('rowheader', { name: 'Kosten en baten' }).waitFor();
    expect(await page.getByRole('row', { name: /Kringloopwinkel neemt deelnemers/ }).textContent()).toContain('Goedgekeurd');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('a policy analyst reads the frameworks and decisions but gets no forms', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, server.url, 'policy_analyst@voorbeeld');
    await page.goto(`${server.url}/afwegingskaders`);
    await page.getByRole('link', { name: 'Leerwerkplaats fietsenmaker open voor inwoners uit de buurgemeente' }).click();
    await page.getByRole('heading', { name: 'Redenen van het besluit' }).waitFor();
    expect(await page.getByRole('button', { name: 'Voorstel vastleggen' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Besluit vastleggen' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
