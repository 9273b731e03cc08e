import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
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

describe('finance and forecasts in the browser', () => {
  it('a policy analyst reads the finance table with the reserve warning, downloads it, and compares two scenarios — axe-clean', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await logIn(page, server.url, 'policy_analyst@voorbeeld');

    await page.getByRole('link', { name: 'Financiën' }).click();
    await page.getByRole('heading', { level: 1, name: 'Financiën sociaal domein' }).waitFor();
    await page.getByTestId('saldo-2022').waitFor();
    expect(await page.getByTestId('saldo-2022').textContent()).toBe('-€ 416.128,00');
    expect(await page.getByTestId('saldo-2019').textContent()).toBe('€ 72.481,00');
    expect(await page.getByRole('alert').first().textContent()).toContain('De reserve sociaal domein raakt in 2024 op.');
    expect(await page.locator('[data-testid="reserve-table"] tbody tr').first().textContent()).toContain('€ 250.000,00');
    await page.getByRole('heading', { level: 2, name: 'Begroting of realisatie invoeren' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download als Excel (XLSX)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^financien-2019-\d{4}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Financiën')!;
    expect(sheet.getRow(5).getCell(1).value).toBe(2022);
    expect(sheet.getRow(5).getCell(9).value).toBe(-416_128);  // Saldo

    // Entering a budget by keyboard: the form is prefilled from what is stored and saves with the stored version.
    await page.getByLabel('Jaar', { exact: true }).fill('2022');
    await page.getByLabel('Inkomsten in euro’s').waitFor();
    expect(await page.getByLabel('Inkomsten in euro’s').inputValue()).toBe('6232000,00');

    await page.getByRole('link', { name: 'Prognoses' }).click();
    await page.getByRole('heading', { level: 1, name: 'Prognoses' }).waitFor();
    await page.getByTestId('scenario-list').waitFor();
    await page.getByLabel('Volledig herstel vergelijken').check();
    await page.getByLabel('Tweede golf vergelijken').focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Vergelijk gekozen scenario’s' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Vergelijking: Volledig herstel, Tweede golf' }).waitFor();
    const chart = page.getByRole('img', { name: 'Prognose aantal uitkeringen: Volledig herstel, Tweede golf' });
    await chart.waitFor();
    expect(await page.locator('#prognose-grafiek-desc').textContent()).toContain('Volledig herstel: van 769 in september 2020 naar 692 in december 2022.');
    const lastMonth = page.locator('[data-testid="comparison-months"] tbody tr').last();
    expect((await lastMonth.locator('th, td').allTextContents())).toEqual(['december 2022', '692', '1012']);
    expect(await page.getByTestId('comparison-budget').textContent()).toContain('2022: kosten beschut werk');
    // The scenarios against the budget and the reserve: the second wave empties it in 2022, full recovery does not.
    const reserveRows = page.locator('[data-testid="comparison-reserve"] tbody tr');
    expect(await reserveRows.filter({ hasText: '2022: reserve eind jaar' }).locator('th, td').allTextContents())
      .toEqual(['2022: reserve eind jaar', '€ 2.378.783,91', '€ 0,00']);
    const warning2022 = await reserveRows.filter({ hasText: '2022: waarschuwing' }).locator('td').allTextContents();
    expect(warning2022[0]).toBe('geen');
    expect(warning2022[1]).toContain('De reserve sociaal domein raakt in 2022 op.');
    expect(await page.getByRole('alert').filter({ hasText: 'Tweede golf: De reserve sociaal domein raakt in 2022 op.' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // A new scenario for the coming years.
    await page.getByRole('button', { name: 'Nieuw scenario' }).click();
    await page.getByLabel('Naam').fill('Komende jaren (browser)');
    await page.getByLabel('Eerste maand').fill('2027-01');
    await page.getByLabel('Aantal maanden').fill('24');
    await page.getByLabel('Aantal uitkeringen aan het begin').fill('500');
    await page.getByLabel('Instroom per maand').fill('15');
    await page.getByLabel('Uitstroom per maand in %').fill('3,5');
    await page.getByLabel('Kosten per uitkering per jaar in euro’s').fill('14.500,00');
    await page.getByLabel('Bron van de kosten per uitkering').fill('Begroting 2027');
    await page.getByLabel('Kosten per plaats beschut werk per jaar in euro’s').fill('30.000');
    await page.getByLabel('Bron van de kosten beschut werk').fill('Sociaal werkbedrijf');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Scenario opslaan' }).click();
    await page.getByText('Scenario ‘Komende jaren (browser)’ opgeslagen.').waitFor();
    await page.getByRole('rowheader', { name: /Komende jaren \(browser\)/ }).waitFor();
    await context.close();
  });
});
