import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden, notFound } from '../../errors.ts';
import { audit } from '../../platform/audit/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { syncTag } from '../leads/tags.ts';
import { type Condition, checkCondition, compileRule, TAG_PATTERN } from './language.ts';
import * as repo from './repo.ts';

/** Tags another module keeps (competitor intelligence): a rule may not take them over. */
export const RESERVED_TAGS: ReadonlySet<string> = new Set(['competitor_online', 'price_disadvantage']);
const RULE_ROLES: ReadonlySet<string> = new Set(['tenant_admin', 'hq']);

export const canManageTagRules = (actor: Actor) => RULE_ROLES.has(actor.role);

function requireRuleAdmin(actor: Actor) {
  if (!canManageTagRules(actor)) throw forbidden('Only administrators and HQ manage tag rules');
}

function invalid(path: string, message: string) {
  return new DomainError('validation_failed', `${path} ${message}`, { errors: [{ path, message }] });
}

function checkTag(tag: string) {
  if (!TAG_PATTERN.test(tag)) throw invalid('/body/tag', 'may hold letters, digits, _ and - (1–40)');
  if (RESERVED_TAGS.has(tag)) throw invalid('/body/tag', 'is kept by competitor intelligence');
}

/** A rule that tests its own tag would flip on every run. */
function usesTag(c: Condition, tag: string): boolean {
  if ('all' in c) return c.all.some((x) => usesTag(x, tag));
  if ('any' in c) return c.any.some((x) => usesTag(x, tag));
  if ('not' in c) return usesTag(c.not, tag);
  return 'field' in c && c.field === 'tags' && c.value === tag;
}

function checked(tag: string, condition: unknown) {
  const c = checkCondition(condition);
  if (usesTag(c, tag)) throw invalid('/body/condition', 'must not test the rule’s own tag');
  return c;
}

export async function listRules(deps: Deps, actor: Actor) {
  requireRuleAdmin(actor);
  return inTenant(deps.db, actor.tenantId, (trx) => repo.listRules(trx, actor.tenantId));
}

export async function getRule(deps: Deps, actor: Actor, id: string) {
  requireRuleAdmin(actor);
  const rule = await inTenant(deps.db, actor.tenantId, (trx) => repo.findRule(trx, actor.tenantId, id));
  if (!rule) throw notFound('Tag rule');
  return rule;
}

export async function createRule(
  deps: Deps,
  actor: Actor,
  input: { tag: string; name: string; condition: unknown; active?: boolean },
) {
  requireRuleAdmin(actor);
  checkTag(input.tag);
  const condition = checked(input.tag, input.condition);
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const rule = await repo.insertRule(trx, actor.tenantId, {
      tag: input.tag,
      name: input.name,
      condition,
      active: input.active ?? true,
      at: deps.clock.now(),
    });
    if (!rule) throw new DomainError('conflict', `A rule for the tag ${input.tag} exists already`);
    await audit(trx, deps.clock, actor, {
      action: 'tag_rule.created',
      object: 'tag_rule',
      objectId: rule.id,
      after: input,
    });
    return rule;
  });
}

export async function updateRule(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { name?: string; condition?: unknown; active?: boolean },
) {
  requireRuleAdmin(actor);
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const before = await repo.findRule(trx, actor.tenantId, id);
    if (!before) throw notFound('Tag rule');
    const condition = input.condition === undefined ? undefined : checked(before.tag, input.condition);
    await repo.updateRule(trx, actor.tenantId, id, { ...input, condition, at: deps.clock.now() });
    const after = (await repo.findRule(trx, actor.tenantId, id))!;
    await audit(trx, deps.clock, actor, {
      action: 'tag_rule.updated',
      object: 'tag_rule',
      objectId: id,
      note: {
        before: { name: before.name, condition: before.condition, active: before.active },
        after: input,
      },
    });
    return after;
  });
}

/** Deletes a rule and takes its tag off every lead: the tag meant "meets this rule". */
export async function deleteRule(deps: Deps, actor: Actor, id: string) {
  requireRuleAdmin(actor);
  await inTenant(deps.db, actor.tenantId, async (trx) => {
    const rule = await repo.findRule(trx, actor.tenantId, id);
    if (!rule) throw notFound('Tag rule');
    await syncTag(trx, deps, actor, rule.tag, []);
    await repo.deleteRule(trx, actor.tenantId, id);
    await audit(trx, deps.clock, actor, {
      action: 'tag_rule.deleted',
      object: 'tag_rule',
      objectId: id,
      note: { tag: rule.tag },
    });
  });
}

async function runRule(trx: Tx, deps: Deps, actor: Actor, rule: repo.RuleRow) {
  const at = deps.clock.now();
  const holders = rule.active ? compileRule(actor.tenantId, rule.condition as Condition, at) : [];
  const { added, removed } = await syncTag(trx, deps, actor, rule.tag, holders);
  const { rows } = await compileRule(actor.tenantId, rule.condition as Condition, at).execute(trx);
  const count = rule.active ? rows.length : 0;
  await repo.recordRun(trx, actor.tenantId, rule.id, { at, count });
  return { ruleId: rule.id, tag: rule.tag, count, added: added.length, removed: removed.length };
}

/** Puts a rule's tag on exactly the leads meeting it now (an inactive rule: on none). */
export async function recomputeRule(deps: Deps, actor: Actor, id: string) {
  requireRuleAdmin(actor);
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const rule = await repo.findRule(trx, actor.tenantId, id);
    if (!rule) throw notFound('Tag rule');
    return runRule(trx, deps, actor, rule);
  });
}

/** Every rule of the tenant, each in its own transaction (nightly, and on demand). */
export async function recomputeAllRules(deps: Deps, actor: Actor) {
  requireRuleAdmin(actor);
  const rules = await inTenant(deps.db, actor.tenantId, (trx) => repo.listRules(trx, actor.tenantId));
  const results = [];
  for (const rule of rules)
    results.push(await inTenant(deps.db, actor.tenantId, (trx) => runRule(trx, deps, actor, rule)));
  return results;
}
