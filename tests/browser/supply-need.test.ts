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

describe('supply and need in the browser', () => {
  it('a policy analyst sees the report with suppressed small counts and downloads it as XLSX — axe-clean', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await logIn(page, server.url, 'policy_analyst@voorbeeld');
    await page.getByRole('link', { name: 'Aanbod en behoefte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanbod en behoefte' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Per instrument' }).waitFor();
    await page.getByText('Aantallen onder 5 zijn afgeschermd').waitFor();
    const rowHeaders = await page.locator('tbody th[scope="row"]').allTextContents();
    expect(rowHeaders.some((h) => h.startsWith('Werkervaringsplek'))).toBe(true);
    // Participatieplaats waits 45 days in the demo catalogue, above the default 30.
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /Knelpunten/ }).textContent()).not.toBe('Knelpunten (0)');
    expect(await page.locator('#knelpunten + ul').textContent()).toContain('Participatieplaats: De kortste wachttijd (45 dagen) is langer dan 30 dagen.');
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download als Excel (XLSX)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^aanbod-en-behoefte-\d{4}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Aanbod en behoefte', 'Behoefte per doelgroep', 'Behoefte zonder aanbod', 'Toelichting']);
    await context.close();
  });
});
