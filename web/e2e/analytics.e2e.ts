import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser.ts';
import { apiGet, apiToken, baseUrl, untranslatedText } from './helpers.ts';
import { apiPost, quiet, settle, signedIn as signedInAs, tenantDay } from './workbench.ts';

let browser: Browser;
const signedIn = (username: string, path: string) => signedInAs(browser, username, path);

describe('dashboards and performance reviews (desktop)', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    const admin = await apiToken('admin');
    // The cron job is not running here: the rollup of the demo's last month is rebuilt once.
    await apiPost(admin, '/api/v1/analytics/rebuild', { from: tenantDay(-60), to: tenantDay(0) });
    const existing = await apiGet<{ items: { role: string; orgUnitId: string | null }[] }>(
      admin,
      '/api/v1/kpi/definitions',
    );
    if (!existing.items.some((d) => d.role === 'bd' && d.orgUnitId === null))
      await apiPost(admin, '/api/v1/kpi/definitions', {
        name: 'BD 月度考核',
        role: 'bd',
        metrics: [
          { metric: 'visits', weight: 40, target: 20 },
          { metric: 'signings', weight: 30, target: 2 },
          { metric: 'dealsOnline', weight: 20, target: 1 },
          { metric: 'taskCompletion', weight: 10, target: 100 },
        ],
      });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the city manager their city, drills into a team, a BD and their merchants', async () => {
    const page = await signedIn('city', '/analytics/dashboard');
    await page.getByTestId('figure-cards').waitFor();
    await page.getByTestId('funnel-chart').locator('svg').waitFor();
    await page.getByTestId('breakdown-table').locator('.ant-table-row').first().waitFor();
    await quiet(page);
    await screenshot(page, 'desktop-dashboard');
    const team = page.getByTestId('breakdown-table').locator('.ant-table-row', { hasText: '海淀' });
    await team.getByRole('button').first().click();
    const bd = page.getByTestId('breakdown-table').locator('.ant-table-row', { hasText: '郑业务' });
    await bd.waitFor();
    await quiet(page);
    await screenshot(page, 'desktop-dashboard-team');
    await bd.getByRole('button').first().click();
    await page.getByTestId('merchants-table').waitFor();
    await quiet(page);
    await screenshot(page, 'desktop-dashboard-bd');
    await page.context().close();
  });

  it('shows a BD their own figures only, without a scope picker', async () => {
    const page = await signedIn('bd', '/analytics/dashboard');
    await page.getByTestId('merchants-table').waitFor();
    expect(await page.getByTestId('scope-picker').count()).toBe(0);
    await page.context().close();
  });

  it('ranks the month, edits a KPI and exports the scores', async () => {
    const page = await signedIn('admin', '/analytics/performance');
    await page.getByTestId('ranking-table').locator('.ant-table-row').first().waitFor();
    await quiet(page);
    await screenshot(page, 'desktop-performance');
    await page.getByTestId('kpi-add').click();
    await page.locator('.ant-modal').getByTestId('weight-sum').waitFor();
    await settle(page);
    await screenshot(page, 'desktop-kpi-editor');
    await page
      .locator('.ant-modal')
      .getByRole('button', { name: /取\s*消/ })
      .click();
    const download = page.waitForEvent('download');
    await page.getByTestId('export-kpi').click();
    expect((await download).suggestedFilename()).toMatch(/^kpi-\d{4}-\d{2}\.xlsx$/);
    await page.context().close();
  });

  it('shows both screens in English', async () => {
    const page = await signedIn('admin', '/analytics/dashboard');
    await page.getByTestId('language-menu').hover();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByText('Language').waitFor();
    for (const path of ['/analytics/dashboard', '/analytics/performance']) {
      await page.goto(`${baseUrl()}${path}`);
      await quiet(page);
      expect(await untranslatedText(page), path).toEqual([]);
    }
    await page.goto(`${baseUrl()}/analytics/dashboard`);
    await page.getByTestId('funnel-chart').locator('svg').waitFor();
    await quiet(page);
    await screenshot(page, 'desktop-dashboard-en');
    await page.context().close();
  });
});
