import type pg from 'pg';
import type { Capturer } from '../capture.ts';
import { login } from '../http.ts';
import type { LeadPlan } from '../load/leads.ts';
import { PASSWORD, type World } from '../load/world.ts';
import type { BenchOptions } from '../options.ts';
import type { ServerUnderTest } from '../server.ts';

/** One line of the results table. `met` is null where the issue sets no target. */
export interface Row {
  scenario: string;
  groundwork: string;
  limit: string;
  ratio: string;
  target: string;
  met: boolean | null;
}

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export interface Outcome {
  rows: Row[];
  checks: Check[];
  notes: string[];
}

export interface Context {
  options: BenchOptions;
  world: World;
  plan: LeadPlan;
  server: ServerUnderTest;
  capturer: Capturer;
  /** The table owner's connection: set-up and verification, outside row-level security. */
  owner: pg.Client;
  workDir: string;
  log: (message: string) => void;
  random: () => number;
  token(username: string): Promise<string>;
}

export function tokenCache(server: () => ServerUnderTest, slug: string) {
  const tokens = new Map<string, Promise<string>>();
  return (username: string) => {
    let token = tokens.get(username);
    if (!token) {
      token = login(server().base, slug, username, PASSWORD);
      tokens.set(username, token);
    }
    return token;
  };
}

export const check = (name: string, ok: boolean, detail: string): Check => ({ name, ok, detail });

export const fmt = (n: number, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : 'n/a';

/** Logs in many people a few at a time: logins verify hashes and write audit rows. */
export async function tokensFor(ctx: Context, usernames: string[]): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < usernames.length; i += 16) {
    out.push(...(await Promise.all(usernames.slice(i, i + 16).map((u) => ctx.token(u)))));
  }
  return out;
}
