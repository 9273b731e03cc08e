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

const OPPORTUNITY = 'Orderpicker (proefplaatsing)';
let candidatesUrl = '';
let rank = '';

describe('matching a vacancy across the region in the browser', () => {
  it('an account manager opens the candidates of a vacancy, reads why, and asks to get to know a Buurdorp candidate — axe-clean', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, server.url, 'employer_account_manager@voorbeeld');
    await page.goto(`${server.url}/kandidaten`);
    await page.getByRole('heading', { level: 1, name: 'Matching' }).waitFor();
    await page.getByRole('link', { name: new RegExp(`^${OPPORTUNITY.replace(/[()]/g, '\\$&')}`) }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: new RegExp(`^${OPPORTUNITY.replace(/[()]/g, '\\$&')}`) }).click();
    await page.getByRole('heading', { level: 1, name: `Kandidaten voor ${OPPORTUNITY}` }).waitFor();
    candidatesUrl = page.url();
    const cards = page.getByTestId('candidate');
    await expect.poll(() => cards.count()).toBeGreaterThan(3);
    expect(await page.getByRole('status').first().textContent()).toContain('Gezocht in: Voorbeeld, Buurdorp');
    expect(await axeViolations(page)).toEqual([]);

    // The best candidate is explained factor by factor, with points.
    const best = cards.first();
    const reasons = best.getByRole('list', { name: /^Uitleg per factor/ });
    expect(await reasons.textContent()).toMatch(/Beroep .*\((\+30|0)\)/);
    expect(await reasons.getByRole('listitem').count()).toBeGreaterThanOrEqual(4);

    // A Buurdorp candidate is an anonymous profile until their consultant agrees.
    const anonymous = cards.filter({ hasText: 'Inwoner uit Buurdorp — geanonimiseerd' }).first();
    const heading = (await anonymous.getByRole('heading', { level: 3 }).textContent())!;
    rank = heading.split('.')[0];
    expect(await anonymous.textContent()).not.toContain('Contactpersoon');
    await anonymous.getByRole('button', { name: 'Vraag consulent om kennismaking' }).click();
    await expect.poll(() => anonymous.getByTestId('reveal-status').textContent().catch(() => '')).toContain('Kennismakingsverzoek verstuurd');
    expect(await anonymous.getByRole('button', { name: 'Vraag consulent om kennismaking' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('the Buurdorp consultant sees the request with how the resident matches, and approves it — axe-clean', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, server.url, 'work_consultant@buurdorp');
    await page.goto(`${server.url}/kandidaten/verzoeken`);
    await page.getByRole('heading', { level: 1, name: 'Verzoeken om kennismaking' }).waitFor();
    const request = page.getByTestId('reveal-request').filter({ hasText: OPPORTUNITY });
    await request.waitFor();
    expect(await request.textContent()).toContain('(gemeente Voorbeeld)');
    expect(await request.getByRole('list', { name: /^Waarom/ }).textContent()).toMatch(/\([+−]?\d+\)/);
    expect(await axeViolations(page)).toEqual([]);
    await request.getByRole('button', { name: 'Goedkeuren' }).click();
    await page.getByText(/U heeft ingestemd: Voorbeeld ziet nu wie/).waitFor();
    await expect.poll(() => page.getByTestId('reveal-request').filter({ hasText: OPPORTUNITY }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // The consultant's own view of a resident's opportunities, from the dossier's work profile.
    await page.goto(`${server.url}/`);
    const first = page.locator('tbody tr').first().getByRole('link');
    await first.click();
    await page.getByRole('navigation', { name: 'Dossier' }).getByRole('link', { name: 'Werkprofiel' }).click();
    await page.getByRole('link', { name: 'Passende kansen bekijken' }).click();
    await page.getByRole('heading', { level: 1, name: /^Kansen voor / }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Passende kansen' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('the account manager now sees the name and contact person of that candidate, and proposes an assignment for an employer initiative — axe-clean', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, server.url, 'employer_account_manager@voorbeeld');
    await page.goto(candidatesUrl);
    const card = page.getByTestId('candidate').filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`^${rank}\\. `) }) });
    const openBefore = /^nog (\d+) van (\d+) plaats(en)? open$/.exec((await page.getByTestId('places-open').textContent())!)!;
    await expect.poll(() => card.getByTestId('reveal-status').textContent().catch(() => '')).toContain('De consulent heeft ingestemd');
    const text = (await card.textContent())!;
    expect(text).not.toContain('geanonimiseerd');
    expect(text).toContain('Contactpersoon');
    expect(text).toContain('(gemeente Buurdorp)');
    // Revealed is not placeable from here: Buurdorp records the placements of its own residents.
    expect(await card.getByRole('link', { name: /^Plaatsing vastleggen/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // An own resident goes from the match straight to the placement form, with employer and opportunity chosen.
    const own = page.getByTestId('candidate').filter({ has: page.getByRole('link', { name: /^Plaatsing vastleggen/ }) }).first();
    const name = (await own.getByRole('heading', { level: 3 }).getByRole('link').textContent())!;
    await own.getByRole('link', { name: /^Plaatsing vastleggen/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Plaatsing vastleggen' }).waitFor();
    await expect.poll(() => page.getByLabel('Kans (niet verplicht)').locator('option:checked').textContent().catch(() => '')).toContain(OPPORTUNITY);
    expect(await page.getByLabel('Soort plaatsing').locator('option:checked').textContent()).toBe('Proefplaatsing');
    await page.getByLabel('Contracturen per week').fill('24');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Plaatsing vastleggen' }).click();
    await page.getByRole('status').filter({ hasText: 'Vastgelegd.' }).waitFor();
    await page.getByRole('link', { name: 'Bekijk de plaatsing' }).click();
    await page.getByText(name.trim()).first().waitFor();
    await page.goto(candidatesUrl);
    // The placement takes one of the places, and the person placed is no longer a candidate for it.
    const placesAfter = `nog ${Number(openBefore[1]) - 1} van ${openBefore[2]} ${openBefore[2] === '1' ? 'plaats' : 'plaatsen'} open`;
    await expect.poll(() => page.getByTestId('places-open').textContent().catch(() => '')).toBe(placesAfter);
    await expect.poll(() => page.getByTestId('candidate').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('candidate').filter({ hasText: name.trim() }).count()).toBe(0);

    await page.getByRole('navigation', { name: 'Matching' }).getByRole('link', { name: 'Plaatsingsvoorstel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plaatsingsvoorstel' }).waitFor();
    await page.locator('#batch-werkgever option', { hasText: 'Werkgeversinitiatief Samen aan de Slag' }).waitFor({ state: 'attached' });
    await page.getByLabel('Werkgever').selectOption({ label: 'Werkgeversinitiatief Samen aan de Slag' });
    await page.getByRole('button', { name: 'Voorstel maken' }).click();
    await page.getByTestId('proposal-total').waitFor();
    expect(await page.getByTestId('proposal-total').textContent()).toMatch(/^\d+ van \d+ plaatsen gevuld, totale score \d+/);
    expect(await page.getByTestId('proposal-pair').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
