import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/rules/dates.ts';
import type { ServerProcess } from '../support/server-process.ts';
import { axeViolations, logIn, startBrowserEnvironment } from './support.ts';

// Issue 7, "axe on each page": every page of the main menu of every role, and the pages and states the other browser
// tests leave alone (import, benefit search, 404, new council reports, read-only views of a team lead, the portal,
// a failed log-in), run through axe (WCAG 2.1 A/AA); each page has one h1 and a <title> that names it (WCAG 2.4.2);
// the skip link is the first Tab stop and moves the focus to the main content.

let env: Awaited<ReturnType<typeof startBrowserEnvironment>>;
let browser: Browser;
let server: ServerProcess;
beforeAll(async () => {
  env = await startBrowserEnvironment();
  ({ browser, server } = env);
});
afterAll(async () => { await env?.stop(); });

const good = new URL('../../docs/examples/inwoners-import.csv', import.meta.url).pathname;
const broken = new URL('../fixtures/inwoners-import-fout.csv', import.meta.url).pathname;

async function as(username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await logIn(page, server.url, username);
  return page;
}

/** Waits until the page has its h1 and nothing says "Laden…" any more. */
async function settled(page: Page) {
  await page.locator('h1').first().waitFor();
  await expect.poll(() => page.getByText('Laden…', { exact: true }).count(), { timeout: 15_000 }).toBe(0);
}

const words = (text: string): string[] => text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
/** The title names the page when at least half of its words (of 4 letters or more) are in the h1: "Dossier Yara Beukenbrink" for "Yara Beukenbrink". */
const names = (name: string, h1: string) => {
  const own = words(name);
  return own.length > 0 && own.filter((w) => words(h1).includes(w)).length * 2 >= own.length;
};

/**
 * What is wrong with the page as it is now: axe violations, not exactly one h1, or a title that does not name the
 * page ("<name> – Meedoen" where the name matches the h1 — a title left over from the previous page fails).
 */
async function problems(page: Page): Promise<object[]> {
  const where = new URL(page.url()).pathname;
  const found: object[] = [];
  // The router renders a new page in a transition: under load the old h1 can still stand for a moment. Give the page
  // a few seconds to agree with its title; one that never does is reported below.
  const agrees = async () => {
    const h = (await page.locator('h1').allTextContents()).map((t) => t.trim());
    const n = /^(.+) – Meedoen$/.exec(await page.title())?.[1];
    return Boolean(n && h.some((x) => names(n, x)));
  };
  for (let i = 0; i < 25 && !(await agrees()); i++) await page.waitForTimeout(200);
  const h1s = (await page.locator('h1').allTextContents()).map((t) => t.trim());
  if (h1s.length !== 1) found.push({ where, problem: 'not exactly one h1', h1s });
  const title = await page.title();
  const name = /^(.+) – Meedoen$/.exec(title)?.[1];
  if (!name || !h1s.some((h) => names(name, h))) found.push({ where, problem: 'title does not name the page', title, h1s });
  for (const v of await axeViolations(page)) found.push({ where, ...v });
  return found;
}

const subMenus = ['Dossier', 'Werkgevers en kansen', 'Matching', 'Plaatsingen'];

/** Clicks every link of a menu (by its accessible name), checking each page it opens. */
async function through(page: Page, menuName: string, visited: string[], found: object[]) {
  const menu = page.getByRole('navigation', { name: menuName, exact: true });
  for (const name of await menu.getByRole('link').allTextContents()) {
    await menu.getByRole('link', { name, exact: true }).click();
    await settled(page);
    visited.push(new URL(page.url()).pathname);
    found.push(...await problems(page));
  }
}

/** The sub-menus (dossier tabs, employers, matching, placements) on the current page, if any. */
async function throughSubMenus(page: Page, visited: string[], found: object[]) {
  for (const name of subMenus) {
    if (await page.getByRole('navigation', { name, exact: true }).count()) await through(page, name, visited, found);
  }
}

/** Every page of the main menu of a role and of its sub-menus, reached by the links (client-side, as a user moves through the app). */
async function sweep(username: string): Promise<{ visited: string[]; found: object[] }> {
  const page = await as(username);
  await settled(page);
  const found = await problems(page);
  const visited = [new URL(page.url()).pathname];
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  for (const name of await menu.getByRole('link').allTextContents()) {
    await menu.getByRole('link', { name, exact: true }).click();
    await settled(page);
    visited.push(new URL(page.url()).pathname);
    found.push(...await problems(page));
    await throughSubMenus(page, visited, found);
  }
  await page.context().close();
  return { visited, found };
}

describe('every page of the main menu, per role', () => {
  it.each([
    ['work_consultant@voorbeeld', '/trajecten'],
    ['income_consultant@voorbeeld', '/inkomen/uitkeringen'],
    ['employer_account_manager@voorbeeld', '/kandidaten'],
    ['team_lead@voorbeeld', '/financien'],
    ['policy_analyst@voorbeeld', '/prognoses'],
    ['partner_coach@voorbeeld', '/partner'],
    ['administrator@voorbeeld', '/beheer/import'],
    ['resident@voorbeeld', '/mijn/inkomsten'],
  ])('%s: axe-clean, one h1 and a title naming the page (visits %s among others)', async (username, expected) => {
    const { visited, found } = await sweep(username);
    expect(visited).toContain(expected);
    expect(found).toEqual([]);
  }, 240_000);
});

describe('detail pages, opened from their list', () => {
  it.each([
    ['work_consultant@voorbeeld', '/', /^\/inwoners\/[^/]+$/],
    ['income_consultant@voorbeeld', '/inkomen/aanvragen', /^\/inkomen\/aanvragen\/[^/]+$/],
    ['income_consultant@voorbeeld', '/inkomen/betalingen', /^\/inkomen\/betalingen\/runs\/[^/]+$/],
    ['resident@voorbeeld', '/inkomen/betalingen', /^\/inkomen\/betalingen\/specificatie\/[^/]+$/],
    ['employer_account_manager@voorbeeld', '/werkgevers', /^\/werkgevers\/[0-9a-f-]{36}$/],
    ['employer_account_manager@voorbeeld', '/kandidaten', /^\/kandidaten\/kans\/[^/]+$/],
    ['employer_account_manager@voorbeeld', '/plaatsingen', /^\/plaatsingen\/[0-9a-f-]{36}$/],
    ['policy_analyst@voorbeeld', '/raadsrapportages', /^\/raadsrapportages\/[^/]+$/],
  ])('%s: %s → the first link to %s (and its sub-menu) is axe-clean, one h1, a title naming it', async (username, start, target) => {
    const page = await as(username);
    await page.goto(`${server.url}${start}`);
    await settled(page);
    const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    const href = hrefs.find((h) => target.test(h));
    expect(href, `a link to ${target} on ${start}`).toBeDefined();
    await page.locator(`main a[href="${href}"]`).first().click();
    await page.waitForURL((url) => url.pathname === href);
    await settled(page);
    const visited = [href!];
    const found = await problems(page);
    await throughSubMenus(page, visited, found);
    expect(found).toEqual([]);
    await page.context().close();
  }, 120_000);
});

describe('pages and states the other browser tests leave alone', () => {
  it('log-in page with a failed log-in: the Dutch error is shown and the page stays axe-clean', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/inloggen`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen bij Meedoen' }).waitFor();
    expect(await problems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    expect(await page.getByRole('alert').textContent()).toBe('Vul uw gebruikersnaam en wachtwoord in.');
    // the fields the error is about are marked invalid and point at it
    expect(await page.getByLabel('Gebruikersnaam').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Wachtwoord').getAttribute('aria-describedby')).toBe('inloggen-fout');
    await page.getByLabel('Gebruikersnaam').fill('work_consultant@voorbeeld');
    await page.getByLabel('Wachtwoord').fill('verkeerd-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).not.toBe('Vul uw gebruikersnaam en wachtwoord in.');
    expect(await page.getByRole('alert').textContent()).toMatch(/gebruikersnaam|wachtwoord/i);
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    expect(await problems(page)).toEqual([]);
    await page.context().close();
  });

  it('an unknown address shows the 404 page inside the layout', async () => {
    const page = await as('work_consultant@voorbeeld');
    await page.goto(`${server.url}/bestaat-niet/echt-niet`);
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(true);
    expect(await page.getByRole('main').getByRole('link', { name: 'naar de startpagina' }).getAttribute('href')).toBe('/');
    expect(await problems(page)).toEqual([]);
    await page.context().close();
  });

  it('keyboard only: Tab reaches the skip link first, Enter moves the focus to the main content; the menu works by keyboard', async () => {
    const page = await as('work_consultant@voorbeeld');
    await page.goto(`${server.url}/`);
    await settled(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    const box = await page.locator('.skip-link').boundingBox();
    expect(box && box.x >= 0 && box.y >= 0).toBe(true);  // visible while it has the focus
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.getElementById('inhoud')!.contains(document.activeElement))).toBe(true);

    // From the top again: past the skip link into the menu, to Trajecten, and open it with Enter.
    await page.goto(`${server.url}/`);
    await settled(page);
    await page.keyboard.press('Tab');
    let guard = 0;
    while (await page.evaluate(() => document.activeElement?.textContent) !== 'Trajecten' && guard++ < 10) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label'))).toBe('Hoofdmenu');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Trajecten' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/trajecten');
    await page.context().close();
  });

  it('an administrator checks a broken import file, reads the Dutch problems, then imports the good file — axe-clean at each step', async () => {
    const page = await as('administrator@voorbeeld');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inwoners importeren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inwoners importeren' }).waitFor();
    expect(await problems(page)).toEqual([]);

    // Checking without a file: the message is at the field and the focus goes there.
    const check = page.getByRole('button', { name: 'Controleren (er wordt niets opgeslagen)' });
    await check.click();
    const input = page.getByLabel('Bestand met inwoners');
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.utrecht-form-field-error-message').textContent()).toBe('Kies een bestand.');
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await problems(page)).toEqual([]);

    // The broken file: every problem with row, column and Dutch message; nothing saved.
    await input.setInputFiles(broken);
    await check.click();
    const result = page.getByRole('heading', { level: 2, name: 'Resultaat van de controle' });
    await result.waitFor();
    expect(await result.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByRole('status').textContent()).toBe('Controle klaar: 10 meldingen in 10 rijen. Er is niets opgeslagen.');
    const rows = page.getByRole('table', { name: /^Meldingen \(10\)/ }).locator('tbody tr');
    expect(await rows.count()).toBe(10);
    expect(await rows.first().locator('td').allTextContents()).toEqual(['3', 'bsn', 'BSN is ongeldig: het voldoet niet aan de elfproef. Controleer het op een tikfout.']);
    expect(await rows.nth(3).locator('td').allTextContents()).toEqual(['6', 'contactpersoon', 'Contactpersoon is niet ingevuld.']);
    expect(await page.getByRole('button', { name: 'Definitief importeren' }).count()).toBe(0);
    expect(await problems(page)).toEqual([]);

    // The good file: ready, confirmed, imported.
    await input.setInputFiles(good);
    await check.click();
    await result.waitFor();
    expect(await page.getByRole('status').textContent()).toBe('Controle klaar: 6 rijen, geen meldingen. 6 inwoners kunnen worden aangemaakt.');
    expect(await page.getByRole('table', { name: /^Meldingen/ }).count()).toBe(0);
    expect(await problems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Definitief importeren' }).click();
    const sure = page.getByRole('heading', { level: 3, name: 'Weet u het zeker?' });
    await sure.waitFor();
    expect(await sure.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await problems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ja, definitief importeren' }).click();
    await page.getByRole('heading', { level: 2, name: 'Resultaat van de import' }).waitFor();
    expect(await page.getByRole('status').textContent()).toBe('Import geslaagd: 6 inwoners aangemaakt, 0 ongewijzigd.');
    expect(await problems(page)).toEqual([]);

    // The same file again creates no one.
    await page.getByRole('button', { name: 'Nieuw bestand importeren' }).click();
    await input.setInputFiles(good);
    await check.click();
    await result.waitFor();
    await page.getByText('Alle inwoners in dit bestand staan al in Meedoen; er valt niets te importeren.').waitFor();
    expect(await page.getByRole('button', { name: 'Definitief importeren' }).count()).toBe(0);
    await page.context().close();
  });

  it('an income consultant searches benefits: the list, a search without result and a search with results are axe-clean', async () => {
    const resident = await as('resident@voorbeeld');
    const { residentName } = await (await resident.request.get(`${server.url}/api/v1/portal/income`)).json();
    await resident.context().close();
    const page = await as('income_consultant@voorbeeld');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Uitkeringen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uitkeringen' }).waitFor();
    expect(await problems(page)).toEqual([]);
    const search = page.getByLabel('Naam, postcode of BSN');
    await search.fill('x');
    await search.press('Enter');
    expect(await page.getByRole('alert').textContent()).toBe('Typ minstens 2 tekens van de naam, de postcode of het BSN.');
    expect(await search.getAttribute('aria-invalid')).toBe('true');
    expect(await problems(page)).toEqual([]);
    await search.fill('Zzyzx-niemand');
    await search.press('Enter');
    await page.getByText('Geen inwoner gevonden.').waitFor();
    expect(await problems(page)).toEqual([]);
    await search.fill(residentName);
    await search.press('Enter');
    const list = page.getByRole('list', { name: 'Gevonden inwoners' });
    await list.waitFor();
    expect(await list.getByRole('link', { name: residentName }).count()).toBe(1);
    expect(await search.getAttribute('aria-invalid')).toBe(null);
    expect(await problems(page)).toEqual([]);
    await page.context().close();
  });

  it('a policy analyst uses the forms for a new quarterly report and a new execution plan — errors and the new draft axe-clean', async () => {
    const page = await as('policy_analyst@voorbeeld');
    await page.goto(`${server.url}/raadsrapportages`);
    await settled(page);
    // The last completed quarter is published already: a new edition needs a reason.
    const quarterly = page.getByRole('form', { name: 'Nieuwe kwartaalrapportage' });
    await quarterly.getByRole('button', { name: 'Nieuwe kwartaalrapportage' }).click();
    const error = quarterly.getByRole('alert');
    await error.waitFor();
    expect(await error.textContent()).toContain('is al gepubliceerd');
    expect(await problems(page)).toEqual([]);

    const plan = page.getByRole('form', { name: 'Nieuw uitvoeringsplan' });
    const year = String(Number(todayIso().slice(0, 4)) + 2);
    await plan.getByLabel('Jaar van het plan').selectOption(year);
    await plan.getByRole('button', { name: 'Nieuw uitvoeringsplan' }).click();
    await page.getByRole('heading', { level: 1, name: `Uitvoeringsplan Participatiewet ${year}` }).waitFor();
    await settled(page);
    expect(new URL(page.url()).pathname).toMatch(/^\/raadsrapportages\/[0-9a-f-]+$/);
    expect(await problems(page)).toEqual([]);
    await page.getByRole('link', { name: 'Tekst bewerken' }).click();
    await page.getByRole('heading', { level: 1, name: `Uitvoeringsplan Participatiewet ${year} bewerken` }).waitFor();
    await settled(page);
    expect(await problems(page)).toEqual([]);
    await page.context().close();
  });

  it('a team lead reads finance and the council reports without forms — axe-clean', async () => {
    const page = await as('team_lead@voorbeeld');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await menu.getByRole('link', { name: 'Financiën' }).click();
    await page.getByRole('heading', { level: 1, name: 'Financiën sociaal domein' }).waitFor();
    await page.getByTestId('saldo-2022').waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Begroting of realisatie invoeren' }).count()).toBe(0);
    expect(await problems(page)).toEqual([]);

    await menu.getByRole('link', { name: 'Raadsrapportages' }).click();
    await page.getByTestId('rapportages-quarterly').waitFor();
    expect(await page.getByRole('form').count()).toBe(0);
    expect(await problems(page)).toEqual([]);
    await page.getByTestId('rapportages-quarterly').getByRole('link').first().click();
    await page.getByText('de cijfers liggen vast').waitFor();
    await settled(page);
    expect(await page.getByRole('link', { name: 'Tekst bewerken' }).count()).toBe(0);
    expect(await problems(page)).toEqual([]);
    await page.context().close();
  });

  it('the resident portal: each page of Mijn Meedoen, and the income form with an error, is axe-clean', async () => {
    const page = await as('resident@voorbeeld');
    for (const [link, h1] of [['Mijn aanvraag', 'Mijn aanvraag bijstand'], ['Mijn besluiten', 'Mijn besluiten'], ['Mijn betalingen', undefined], ['Mijn inkomsten', 'Mijn inkomsten en wijzigingen']] as const) {
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: link }).click();
      if (h1) await page.getByRole('heading', { level: 1, name: h1 }).waitFor();
      await settled(page);
      expect(await problems(page)).toEqual([]);
    }
    const income = page.getByRole('form', { name: 'Inkomsten van een maand doorgeven' });
    await income.getByLabel('Inkomsten uit werk (netto, in euro)').fill('veel');
    await income.getByRole('button', { name: 'Inkomsten doorgeven' }).click();
    expect(await income.getByRole('alert').textContent()).toBe('Vul bedragen in euro in, bijvoorbeeld 250,00. Vul 0 in als u niets kreeg.');
    expect(await problems(page)).toEqual([]);
    await page.context().close();
  });
});
