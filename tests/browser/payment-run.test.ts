import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/rules/dates.ts';
import type { ServerProcess } from '../support/server-process.ts';
import { validateSepa } from '../support/sepa.ts';
import { axeViolations, logIn, startBrowserEnvironment } from './support.ts';

let env: Awaited<ReturnType<typeof startBrowserEnvironment>>;
let browser: Browser;
let server: ServerProcess;
beforeAll(async () => {
  // Small batches, so the run takes long enough to watch its progress move.
  process.env.MEEDOEN_PAYMENT_BATCH_SIZE = '5';
  env = await startBrowserEnvironment();
  ({ browser, server } = env);
});
afterAll(async () => { await env?.stop(); });

describe('a monthly payment run in the browser', () => {
  it('an income consultant starts it and watches the progress; a team lead approves; the SEPA file downloads; the resident sees the payslip — axe-clean', async () => {
    const consultant = await (await browser.newContext()).newPage();
    await logIn(consultant, server.url, 'income_consultant@voorbeeld');
    await consultant.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Betalingen' }).click();
    await consultant.getByRole('heading', { level: 1, name: 'Betalingen' }).waitFor();
    await consultant.locator('tbody tr').first().waitFor();
    expect(await consultant.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);  // the demo paid the two previous months
    expect(await axeViolations(consultant)).toEqual([]);

    await consultant.getByRole('button', { name: 'Betaalrun starten' }).click();
    await consultant.waitForURL(/\/inkomen\/betalingen\/runs\/[0-9a-f-]{36}$/);
    await consultant.getByRole('heading', { level: 1, name: /^Betaalrun / }).waitFor();
    const progress = consultant.getByTestId('run-progress');
    const seen = new Set<string>();
    for (let i = 0; i < 600; i++) {
      const text = (await progress.textContent()) ?? '';
      seen.add(text);
      if (text.includes('Berekend, nog niet aangesloten')) break;
      await consultant.waitForTimeout(50);
    }
    const texts = [...seen];
    expect(texts.at(-1)).toMatch(/^(\d+) van \1 uitkeringen berekend \(100%\) — Berekend, nog niet aangesloten$/);
    expect(texts.some((t) => /Wordt berekend/.test(t) && !t.includes('(100%)'))).toBe(true);  // it moved while we watched
    expect(await axeViolations(consultant)).toEqual([]);

    await consultant.getByRole('button', { name: 'Aansluiten' }).click();
    await consultant.getByText('De run is aangesloten: aantal en totaal kloppen.').waitFor();
    expect(await consultant.getByTestId('reconciliation').textContent()).toContain('gelijk aan de tellers van de run');
    expect(await consultant.getByRole('button', { name: 'Goedkeuren' }).count()).toBe(0);  // not for the one who started it
    expect(await consultant.getByRole('link', { name: 'SEPA-bestand downloaden' }).count()).toBe(0);
    expect(await axeViolations(consultant)).toEqual([]);
    const runUrl = consultant.url();
    const total = await consultant.getByTestId('run-total').textContent();

    const lead = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await logIn(lead, server.url, 'team_lead@voorbeeld');
    await lead.goto(runUrl);
    await lead.getByRole('button', { name: 'Goedkeuren' }).click();
    await lead.getByText(/De run is goedgekeurd; uitvoeringsdatum/).waitFor();
    await expect.poll(() => lead.getByTestId('run-status').textContent()).toBe('Goedgekeurd');
    expect(await axeViolations(lead)).toEqual([]);
    const [download] = await Promise.all([lead.waitForEvent('download'), lead.getByRole('link', { name: 'SEPA-bestand downloaden' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^sepa-bijstand-\d{4}-\d{2}-1\.xml$/);
    const xml = readFileSync((await download.path())!, 'utf8');
    expect(validateSepa(xml).valid).toBe(true);
    const ctrl = /<CtrlSum>([\d.]+)<\/CtrlSum>/.exec(xml)![1];
    expect(total!.replace(/[€\s.]/g, '').replace(',', '.')).toBe(ctrl);

    // The resident's own payslips in the portal.
    const resident = await (await browser.newContext()).newPage();
    await logIn(resident, server.url, 'resident@voorbeeld');
    await resident.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn betalingen' }).click();
    await resident.getByRole('heading', { level: 1, name: 'Mijn betalingen' }).waitFor();
    await resident.locator('tbody tr').first().waitFor();
    expect(await resident.locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
    expect(await axeViolations(resident)).toEqual([]);
    await resident.locator('tbody tr').first().getByRole('link').click();
    await resident.getByRole('heading', { level: 1, name: /^Betaalspecificatie bijstand / }).waitFor();
    expect(await resident.getByTestId('payslip-table').textContent()).toMatch(/^bijstandsnormen-\d{4}-\d{2}-\d{2} \(geldig vanaf/);
    expect(await resident.getByRole('cell', { name: /Participatiewet/ }).count()).toBeGreaterThan(0);
    expect(await axeViolations(resident)).toEqual([]);
  });

  it('a team lead draws the monthly sample and an income consultant records a finding — axe-clean', async () => {
    const lead = await (await browser.newContext()).newPage();
    await logIn(lead, server.url, 'team_lead@voorbeeld');
    await lead.goto(`${server.url}/inkomen/controles`);
    await lead.getByRole('heading', { level: 1, name: 'Controle achteraf' }).waitFor();
    await lead.getByRole('heading', { level: 2, name: /^Steekproef [a-z]+ \d{4}$/ }).waitFor();
    expect(await axeViolations(lead)).toEqual([]);
    await lead.getByRole('button', { name: 'Steekproef trekken' }).click();  // last month: not drawn yet
    const last = new Date(`${todayIso().slice(0, 7)}-01T12:00:00Z`); last.setUTCMonth(last.getUTCMonth() - 1);  // the form's default
    const label = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(last);
    await lead.getByRole('heading', { level: 2, name: `Steekproef ${label}` }).waitFor();
    await lead.getByRole('button', { name: 'Trekking narekenen' }).click();
    await lead.getByText('opnieuw trekken met het vastgelegde zaad geeft precies dezelfde steekproef').waitFor();
    expect(await axeViolations(lead)).toEqual([]);

    const consultant = await (await browser.newContext()).newPage();
    await logIn(consultant, server.url, 'income_consultant@voorbeeld');
    await consultant.goto(`${server.url}/inkomen/controles`);
    const firstOpen = consultant.getByRole('button', { name: 'Beoordeling vastleggen' }).first();
    await firstOpen.waitFor();
    const before = await consultant.getByRole('button', { name: 'Beoordeling vastleggen' }).count();
    await consultant.getByLabel('Bevinding').first().fill('Inkomsten nagegaan bij de inwoner; alles klopt.');
    await firstOpen.click();
    await expect.poll(() => consultant.getByRole('button', { name: 'Beoordeling vastleggen' }).count()).toBe(before - 1);
    await consultant.getByText('Geen bevinding', { exact: true }).first().waitFor();
    expect(await axeViolations(consultant)).toEqual([]);
  });
});
