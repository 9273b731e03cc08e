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

const HEALTH_TEXT = 'Rugklachten: niet langer dan vier uur achter elkaar staan.';
const PURPOSE = 'Belastbaarheid bespreken voor een proefplaatsing';
let residentPath = '';

const dossierMenu = (page: Page) => page.getByRole('navigation', { name: 'Dossier' });
const loggedIn = (page: Page) => page.waitForURL((u) => !u.pathname.startsWith('/inloggen'));

describe('work profile and barriers in the dossier', () => {
  it('a work consultant records a work profile, occupations, skills and a wage value, and sees a health barrier only after giving a purpose — axe-clean', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, server.url, 'work_consultant@voorbeeld');
    await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
    const first = page.locator('tbody tr').first().getByRole('link');
    const name = (await first.textContent())!;
    await first.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    residentPath = new URL(page.url()).pathname;

    // Werkprofiel, via the dossier menu.
    await dossierMenu(page).getByRole('link', { name: 'Werkprofiel' }).click();
    await page.getByRole('heading', { level: 2, name: 'Werkprofiel' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Beroepen en vaardigheden' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Uren beschikbaar per week').fill('24');
    await page.getByLabel('Taalniveau Nederlands (ERK)').selectOption('B1');
    await page.getByLabel('B', { exact: true }).check();
    await page.getByRole('button', { name: 'Werkprofiel opslaan' }).click();
    await page.getByText('Werkprofiel opgeslagen.').waitFor();

    // An occupation from the coded list, found with the filter.
    const fromList = page.getByRole('form', { name: 'Toevoegen uit de lijst' });
    await fromList.getByLabel('Zoeken in de lijst').fill('kok');
    await fromList.getByLabel('Beroep', { exact: true }).selectOption({ label: 'Kok' });
    await fromList.getByRole('button', { name: 'Toevoegen uit de lijst' }).click();
    await page.getByText('Kok toegevoegd.').waitFor();
    const skills = page.getByRole('list', { name: 'Beroepen en vaardigheden in het profiel' });
    await expect.poll(() => skills.textContent()).toContain('Beroep: Kok (code 5120)');

    // Free text, twice; the second is removed again.
    const own = page.getByRole('form', { name: 'Eigen omschrijving toevoegen' });
    await own.getByLabel('Omschrijving').fill('Heftruckcertificaat');
    await own.getByRole('button', { name: 'Eigen omschrijving toevoegen' }).click();
    await page.getByText('Heftruckcertificaat toegevoegd.').waitFor();
    await own.getByLabel('Omschrijving').fill('Typen met tien vingers');
    await own.getByRole('button', { name: 'Eigen omschrijving toevoegen' }).click();
    await expect.poll(() => skills.textContent()).toContain('Typen met tien vingers');
    await skills.getByRole('button', { name: 'Verwijderen: Typen met tien vingers' }).click();
    await page.getByText('Typen met tien vingers verwijderd.').waitFor();
    await expect.poll(() => skills.textContent()).not.toContain('Typen met tien vingers');
    expect(await skills.textContent()).toContain('Vaardigheid: Heftruckcertificaat (eigen omschrijving)');

    // A wage value measurement.
    await page.getByLabel('Loonwaarde (%)').fill('65');
    await page.getByLabel('Methode').selectOption('dariuz');
    await page.getByRole('button', { name: 'Loonwaarde opslaan' }).click();
    await page.getByText('Loonwaardemeting opgeslagen.').waitFor();
    await expect.poll(() => page.getByTestId('current-wage-value').textContent()).toContain('65%');
    expect(await page.getByTestId('current-wage-value').textContent()).toContain('Dariuz');
    expect(await axeViolations(page)).toEqual([]);

    // Everything is stored: after a reload the form shows it again.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Beroepen en vaardigheden' }).waitFor();
    expect(await page.getByLabel('Uren beschikbaar per week').inputValue()).toBe('24');
    expect(await page.getByLabel('Taalniveau Nederlands (ERK)').inputValue()).toBe('B1');
    expect(await page.getByLabel('B', { exact: true }).isChecked()).toBe(true);
    expect(await skills.textContent()).toContain('Kok');

    // Belemmeringen: a health barrier is hidden until a purpose is given.
    await dossierMenu(page).getByRole('link', { name: 'Belemmeringen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Belemmering toevoegen' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Soort belemmering').selectOption('transport');
    await page.getByLabel('Omschrijving').fill('Geen eigen vervoer; bus rijdt niet in het weekend.');
    await page.getByRole('button', { name: 'Belemmering toevoegen' }).click();
    await page.getByText('Belemmering toegevoegd.').waitFor();
    const openList = page.getByRole('list', { name: 'Openstaande belemmeringen' });
    await expect.poll(() => openList.textContent()).toContain('bus rijdt niet in het weekend');

    await page.getByLabel('Soort belemmering').selectOption('health');
    await page.getByLabel('Omschrijving').fill(HEALTH_TEXT);
    await page.getByLabel('Sinds').fill('2025-01-15');
    await page.getByRole('button', { name: 'Belemmering toevoegen' }).click();
    await page.getByTestId('health-hidden').waitFor();
    expect(await page.getByTestId('health-hidden').textContent()).toContain('1 belemmering over gezondheid');
    expect(await page.locator('main').textContent()).not.toContain('Rugklachten');
    expect(await axeViolations(page)).toEqual([]);

    // Too short a purpose is refused in Dutch; a proper one shows the barrier.
    const purposeForm = page.getByRole('form', { name: 'Gezondheidsgegevens inzien' });
    await purposeForm.getByLabel('Doel').fill('kijk');
    await purposeForm.getByRole('button', { name: 'Gezondheidsgegevens tonen' }).click();
    await purposeForm.getByRole('alert').filter({ hasText: 'minstens 5 tekens' }).waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Rugklachten');
    await purposeForm.getByLabel('Doel').fill(PURPOSE);
    await purposeForm.getByRole('button', { name: 'Gezondheidsgegevens tonen' }).click();
    await expect.poll(() => openList.textContent()).toContain(HEALTH_TEXT);
    expect(await page.getByTestId('health-visible').textContent()).toContain('auditlog');
    expect(await openList.textContent()).toContain('Gezondheid — sinds 2025-01-15');
    expect(await axeViolations(page)).toEqual([]);

    // Mark the transport barrier resolved (PATCH with If-Match).
    await openList.getByRole('button', { name: /^Markeer als opgelost: Vervoer/ }).click();
    const resolvedList = page.getByRole('list', { name: 'Opgeloste belemmeringen' });
    await expect.poll(() => resolvedList.textContent().catch(() => '')).toContain('bus rijdt niet in het weekend');
    expect(await openList.textContent()).not.toContain('bus rijdt niet in het weekend');
    expect(await openList.textContent()).toContain(HEALTH_TEXT);

    // Hiding again asks for a purpose again.
    await page.getByRole('button', { name: 'Gezondheidsgegevens weer afschermen' }).click();
    await page.getByTestId('health-hidden').waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Rugklachten');
    await context.close();
  });

  it('records the stated purpose in the audit log', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, server.url, 'team_lead@voorbeeld');
    await loggedIn(page);
    const residentId = residentPath.split('/')[2];
    const events = await page.evaluate(async (id) => {
      const res = await fetch(`/api/v1/audit-events?residentId=${id}&pageSize=100`);
      return (await res.json()).items as { action: string; purpose: string | null; result: string }[];
    }, residentId);
    const reads = events.filter((e) => e.action === 'barrier.health.read');
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((e) => e.purpose === `Gezondheid: ${PURPOSE}`)).toBe(true);
    await context.close();
  });

  it('an income consultant (municipality-wide reader, not in the contact person\'s team) never sees the health barrier — axe-clean', async () => {
    expect(residentPath).toMatch(/^\/inwoners\/[0-9a-f-]{36}$/);
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, server.url, 'income_consultant@voorbeeld');
    await loggedIn(page);
    await page.goto(`${server.url}${residentPath}`);
    await dossierMenu(page).getByRole('link', { name: 'Belemmeringen' }).click();
    await page.getByTestId('health-hidden').waitFor();
    // The non-health barrier is visible, the health one is not, and there is no way to ask for it.
    await expect.poll(() => page.getByRole('list', { name: 'Opgeloste belemmeringen' }).textContent().catch(() => '')).toContain('bus rijdt niet in het weekend');
    expect(await page.locator('main').textContent()).not.toContain('Rugklachten');
    expect(await page.getByRole('form', { name: 'Gezondheidsgegevens inzien' }).count()).toBe(0);
    expect(await page.getByLabel('Doel').count()).toBe(0);
    expect(await page.getByLabel('Soort belemmering').locator('option[value="health"]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // Nor does stating a purpose to the API directly help, and writing a health barrier is refused.
    const residentId = residentPath.split('/')[2];
    const answer = await page.evaluate(async ({ id, purpose }) => {
      const list = await fetch(`/api/v1/residents/${id}/barriers?healthPurpose=${encodeURIComponent(purpose)}`);
      const write = await fetch(`/api/v1/residents/${id}/barriers`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ category: 'health', description: 'test' }),
      });
      return { status: list.status, body: await list.json(), writeStatus: write.status };
    }, { id: residentId, purpose: PURPOSE });
    expect(answer.status).toBe(200);
    expect(answer.body.healthVisible).toBe(false);
    expect(answer.body.hiddenHealthBarriers).toBe(1);
    expect(answer.body.items.some((b: { category: string }) => b.category === 'health')).toBe(false);
    expect(JSON.stringify(answer.body)).not.toContain('Rugklachten');
    expect(answer.writeStatus).toBe(403);
    await context.close();
  });
});
