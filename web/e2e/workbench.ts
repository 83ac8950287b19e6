import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DESKTOP } from './browser.ts';
import { apiGet, apiToken, baseUrl, logIn } from './helpers.ts';

/** What the browser tests of the deals and operations screens share. */

export interface Store {
  id: string;
  name: string;
  deadlineAt: string | null;
}

/** A fresh desktop browser context, signed in as `username` through the login redirect. */
export async function signedIn(browser: Browser, username: string, path: string): Promise<Page> {
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  await page.goto(`${baseUrl()}${path}`);
  await page.waitForURL(/\/login\?from=/);
  await logIn(page, username, /登\s*录/);
  await page.waitForURL((url) => url.pathname === path.split('?')[0]);
  return page;
}

export async function apiPost<T>(token: string, path: string, body: unknown = {}): Promise<T> {
  const response = await fetch(`${baseUrl()}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Waits for what the server's answer changes on screen (the machine may be busy). */
export const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

/** Drawers and modals slide in: wait until they stand still before a screenshot. */
export const settle = (page: Page) => page.waitForTimeout(500);

/** Nothing loading and nothing moving: what a screenshot should show. */
export async function quiet(page: Page) {
  await page.waitForLoadState('networkidle');
  await poll(() => page.locator('.ant-spin-spinning, .ant-table-loading').count()).toBe(0);
  await settle(page);
}

/** Chinese button labels of two characters get a space between them (确 认). */
export const button = (label: string) => new RegExp(label.split('').join('\\s*'));

/** A day in the tenant's calendar (Asia/Shanghai), `offset` days from today. */
export function tenantDay(offset = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + offset * 86_400_000),
  );
}

/**
 * Private stores of the demo BD that the other browser tests leave alone: not the first two (the
 * sales flow's) and those whose deadline is latest (the phone test takes the soonest).
 */
export async function quietStores(count: number): Promise<Store[]> {
  const token = await apiToken('bd');
  const mine = await apiGet<{ items: Store[] }>(token, '/api/v1/leads?scope=mine&status=private&limit=200');
  const candidates = mine.items
    .slice(2)
    .sort((a, b) => Date.parse(b.deadlineAt ?? '') - Date.parse(a.deadlineAt ?? ''));
  expect(candidates.length, 'the demo BD holds private stores').toBeGreaterThanOrEqual(count);
  return candidates.slice(0, count);
}

/** Signs a contract for the store through the API (draft, the team lead's approval, signing). */
export async function signThroughApi(store: Store, title: string, endOn: string) {
  const bd = await apiToken('bd');
  const contract = await apiPost<{ id: string }>(bd, `/api/v1/leads/${store.id}/contracts`, {
    type: 'new',
    title,
    amount: 30000,
    commissionRate: 5,
    startOn: tenantDay(),
    endOn,
  });
  await apiPost(bd, `/api/v1/contracts/${contract.id}/submit`);
  await apiPost(await apiToken('bdm'), `/api/v1/contracts/${contract.id}/approve`);
  await apiPost(bd, `/api/v1/contracts/${contract.id}/sign`);
  return contract;
}

/** A store with its position, as the lead API answers it. */
export interface LeadPoint {
  id: string;
  name: string;
  lat: number;
  lng: number;
}

/** About `m` metres north. */
export const north = (lat: number, m: number) => lat + m / 111_320;

/**
 * The store signed for the demo BD with one set menu approved and online (one dish, two
 * portions): the merchant a competitor undercuts in the competitor and campaign tests.
 */
export async function merchantWithOnlineDeal(
  store: Store,
  contractTitle: string,
  deal: { title: string; dishPrice: number; listPrice: number; dealPrice: number },
): Promise<{ merchant: LeadPoint; dealId: string }> {
  const merchant = await apiGet<LeadPoint>(await apiToken('admin'), `/api/v1/leads/${store.id}`);
  await signThroughApi(store, contractTitle, tenantDay(365));
  const bd = await apiToken('bd');
  const created = await apiPost<{ id: string }>(bd, `/api/v1/leads/${merchant.id}/deals`, {
    title: deal.title,
    items: [{ name: '招牌菜', quantity: 2, price: deal.dishPrice }],
    listPrice: deal.listPrice,
    dealPrice: deal.dealPrice,
    minGroupSize: 1,
    validFrom: tenantDay(),
    validTo: tenantDay(300),
  });
  await apiPost(bd, `/api/v1/deals/${created.id}/submit`);
  await apiPost(await apiToken('reviewer'), `/api/v1/deals/${created.id}/approve`);
  return { merchant, dealId: created.id };
}
