import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { DEMO_PASSWORD } from './global-setup.ts';

export const baseUrl = () => inject('baseUrl');

/** Signs in through the API, for tests that prepare or look up data outside the browser. */
export async function apiToken(username: string): Promise<string> {
  const response = await fetch(`${baseUrl()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenant: 'demo', username, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`login ${username}: ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

export async function apiGet<T>(token: string, path: string): Promise<T> {
  const response = await fetch(`${baseUrl()}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Fills the login form (either app) and submits it. */
export async function logIn(page: Page, username: string, submitLabel: RegExp = /登录|Sign in/) {
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/密码|Password/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: submitLabel }).click();
}

const CJK = /[\u3400-\u9fff]/;

/**
 * Visible text that contains Chinese outside elements marked translate="no" (names, addresses
 * and other data): in English mode this must be empty.
 */
export function untranslatedText(page: Page): Promise<string[]> {
  return page.evaluate((pattern) => {
    const cjk = new RegExp(pattern);
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const element = node.parentElement;
      if (!element || !cjk.test(text) || element.closest('[translate="no"]')) continue;
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden' || element.getClientRects().length === 0)
        continue;
      found.push(text.trim());
    }
    return found;
  }, CJK.source);
}
