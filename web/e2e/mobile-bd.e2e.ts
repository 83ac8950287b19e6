import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lead, NearbyLead } from '../src/api/types.ts';
import { launchBrowser, PHONE, screenshot } from './browser.ts';
import { apiGet, apiToken, baseUrl, logIn, untranslatedText } from './helpers.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let soonest: Lead;

/** Every visible button and choice is at least 44 px high (Apple HIG, WCAG 2.5.5). */
async function expectTouchTargets(target: Page) {
  // Measured in one pass inside the page: a list that re-renders while we measure (the to-do tab
  // adds renewal to-dos as they arrive) cannot leave us waiting on an element that is gone.
  const controls = await target
    .locator('button, [role=button], .adm-selector-item, .adm-list-item-content')
    .evaluateAll((elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        return { text: (element as HTMLElement).innerText, width: box.width, height: box.height };
      }),
    );
  for (const control of controls) {
    if (control.height > 0 && control.width > 0)
      expect(control.height, control.text).toBeGreaterThanOrEqual(44);
  }
}

/** The BD's own store closest to falling back: visiting it must move its deadline by days. */
async function soonestPrivateLead(): Promise<Lead> {
  const token = await apiToken('bd');
  const mine = await apiGet<{ items: Lead[] }>(token, '/api/v1/leads?scope=mine&status=private&limit=200');
  const located = mine.items.filter(
    (lead) => lead.lat !== null && lead.deadlineAt && lead.deadlineReason === 'no_visit',
  );
  located.sort((a, b) => Date.parse(a.deadlineAt!) - Date.parse(b.deadlineAt!));
  if (!located[0]) throw new Error('the demo gave the BD no private store with a no-visit deadline');
  return located[0];
}

describe('MOMA: a BD on the street', () => {
  beforeAll(async () => {
    soonest = await soonestPrivateLead();
    browser = await launchBrowser();
    context = await browser.newContext({
      ...PHONE,
      geolocation: { latitude: soonest.lat!, longitude: soonest.lng! },
      permissions: ['geolocation'],
    });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('signs in and comes back to the page asked for', async () => {
    await page.goto(`${baseUrl()}/m/todo`);
    await page.waitForURL(/\/m\/login\?from=%2Ftodo/);
    await screenshot(page, 'mobile-login');
    await logIn(page, 'bd');
    await page.waitForURL(/\/m\/todo$/);
  });

  it('finds the stores nearby, sorted by distance, with touch-sized buttons', async () => {
    await page.goto(`${baseUrl()}/m/nearby`);
    const items = page.getByTestId('nearby-item');
    await items.first().waitFor();
    const distances = await page.getByTestId('distance').allInnerTexts();
    const metres = distances.map((text) => Number.parseFloat(text) * (text.includes('公里') ? 1000 : 1));
    expect(metres).toEqual([...metres].sort((a, b) => a - b));
    expect(await items.first().innerText()).toContain(soonest.name);
    await expectTouchTargets(page);
    await screenshot(page, 'mobile-nearby');
  });

  it('claims a public store with one tap', async () => {
    await page.locator('.toolbar').getByText('公海', { exact: true }).click();
    const claimable = page
      .getByTestId('nearby-item')
      .filter({ has: page.getByRole('button', { name: '认领' }) })
      .first();
    await claimable.waitFor();
    const name = (await claimable.innerText()).split('\n')[0]!;
    await claimable.getByRole('button', { name: '认领' }).click();
    await page.getByText('认领成功，已进入您的私海').waitFor();
    await page.locator('.toolbar').getByText('我的', { exact: true }).click();
    await page.getByTestId('nearby-item').filter({ hasText: name }).first().waitFor();
    await expect
      .poll(() => page.getByTestId('nearby-item').filter({ hasText: name }).first().innerText())
      .toContain('私海·我');
  });

  it('checks in a visit and sees the deadline move', async () => {
    await page.goto(`${baseUrl()}/m/leads/${soonest.id}`);
    const deadline = page.getByTestId('deadline-at');
    await deadline.waitFor();
    const before = await deadline.getAttribute('data-deadline');
    expect(before).toBe(soonest.deadlineAt);
    await expect.poll(() => page.getByTestId('deadline-reason').innerText()).toContain('拜访');
    await expectTouchTargets(page);
    await screenshot(page, 'mobile-merchant');

    await page.getByRole('button', { name: '拜访签到' }).click();
    await expect.poll(() => page.getByTestId('checkin-distance').innerText()).toMatch(/距门店 \d+ 米/);
    expect(await page.getByTestId('far-warning').count()).toBe(0);
    await page.getByPlaceholder('如：老板有意向，下周再谈').fill('老板有意向');
    await expectTouchTargets(page);
    await screenshot(page, 'mobile-check-in');
    await page.getByRole('button', { name: '签到', exact: true }).click();
    await page.getByText('签到成功').waitFor();
    await page.getByRole('button', { name: '确定' }).click();

    await page.waitForURL(new RegExp(`/m/leads/${soonest.id}$`));
    await expect.poll(() => deadline.getAttribute('data-deadline')).not.toBe(before);
    const after = (await deadline.getAttribute('data-deadline'))!;
    // A visit restarts the no-visit clock: the deadline is now days later than before.
    expect(Date.parse(after) - Date.parse(before!)).toBeGreaterThan(24 * 3600 * 1000);
    await page.getByText('老板有意向').first().waitFor();
  });

  it('warns before a far check-in', async () => {
    await context.setGeolocation({ latitude: soonest.lat! + 0.01, longitude: soonest.lng! });
    await page.goto(`${baseUrl()}/m/leads/${soonest.id}/check-in`);
    await page.getByTestId('far-warning').waitFor();
    await expect.poll(() => page.getByTestId('checkin-distance').innerText()).toMatch(/距门店 1\.1 公里/);
    await screenshot(page, 'mobile-check-in-far');
    await context.setGeolocation({ latitude: soonest.lat!, longitude: soonest.lng! });
  });

  it('shows the map with markers and distances when tiles cannot load', async () => {
    await page.goto(`${baseUrl()}/m/nearby`);
    await page.getByRole('button', { name: '地图' }).click();
    await page.getByTestId('nearby-map').waitFor();
    await expect.poll(() => page.locator('.leaflet-interactive').count()).toBeGreaterThan(3);
    expect(await page.locator('.map-distance').first().innerText()).toMatch(/\d+ 米/);
    await screenshot(page, 'mobile-map');
  });

  it('lists what is due in the to-do tab', async () => {
    await page.goto(`${baseUrl()}/m/todo`);
    // The store visited above is no longer due; the others about to fall back head the list.
    await page.getByTestId('expiring-item').first().waitFor();
    await expectTouchTargets(page);
    await screenshot(page, 'mobile-todo');
  });

  it('explains a refused extension in words, then releases the store', async () => {
    await page.goto(`${baseUrl()}/m/leads/${soonest.id}`);
    await page.getByTestId('deadline').waitFor();
    // Just visited: the no-visit rule sets the deadline, so only a visit can move it.
    await page.getByRole('button', { name: '申请延期' }).click();
    await page.getByPlaceholder('延期原因').fill('老板出差');
    await page.getByRole('button', { name: '确认' }).click();
    await page.getByText('延期无济于事：请先拜访门店').waitFor();

    await page.getByRole('button', { name: '释放到公海' }).click();
    await page.getByRole('button', { name: '确认' }).click();
    await page.getByText('已释放回公海').waitFor();
    await expect.poll(() => page.locator('[data-status]').first().getAttribute('data-status')).toBe('public');
    await page.getByRole('button', { name: '认领' }).waitFor();
  });

  it('creates a new store on the spot with GPS', async () => {
    const token = await apiToken('bd');
    const near = await apiGet<{ items: NearbyLead[] }>(
      token,
      `/api/v1/leads/nearby?lat=${soonest.lat}&lng=${soonest.lng}&limit=1`,
    );
    expect(near.items.length).toBe(1);
    await page.goto(`${baseUrl()}/m/nearby`);
    await page.getByRole('button', { name: '新建门店' }).click();
    // The rep's own city (from their unit), not a guess from the stores around.
    await expect
      .poll(() => page.getByTestId('home-city').textContent(), { timeout: 10_000 })
      .toContain('北京市');
    await screenshot(page, 'mobile-new-store');
    await page.getByPlaceholder('如：老北京炸酱面（望京店）').fill('测试小馆（端到端店）');
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByTestId('merchant-name').filter({ hasText: '测试小馆（端到端店）' }).waitFor();
  });

  it('switches every visible string to English', async () => {
    await page.goto(`${baseUrl()}/m/me`);
    await page.getByText('English').click();
    await page.getByText('Sign out').waitFor();
    for (const path of [
      '/m/me',
      '/m/nearby',
      `/m/leads/${soonest.id}`,
      '/m/todo',
      `/m/leads/${soonest.id}/check-in`,
      '/m/new-store',
    ]) {
      await page.goto(`${baseUrl()}${path}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      expect(await untranslatedText(page), path).toEqual([]);
    }
    await page.goto(`${baseUrl()}/m/nearby`);
    await page.getByTestId('nearby-item').first().waitFor();
    await screenshot(page, 'mobile-nearby-en');
    await page.goto(`${baseUrl()}/m/me`);
    await page.getByText('简体中文').click();
    await page.getByText('退出登录').waitFor();
  });

  it('sends an expired session back to the login, then back to the page', async () => {
    await page.evaluate(() => {
      const session = JSON.parse(localStorage.getItem('groundwork.session')!);
      localStorage.setItem(
        'groundwork.session',
        JSON.stringify({ ...session, token: 'expired.token.value' }),
      );
    });
    await page.goto(`${baseUrl()}/m/todo`);
    await page.waitForURL(/\/m\/login\?from=%2Ftodo/);
    await page.getByText('登录已过期，请重新登录').first().waitFor();
    await logIn(page, 'bd');
    await page.waitForURL(/\/m\/todo$/);
  });
});
