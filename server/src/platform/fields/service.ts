import type { ValidateFunction } from 'ajv';
import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden, notFound } from '../../errors.ts';
import { audit, diff } from '../audit/service.ts';
import { type Actor, isTenantAdmin } from '../roles.ts';
import type { FieldTemplate } from '../tenants/templates.ts';
import type { FieldObject, FieldOption, FieldType } from './repo.ts';
import * as repo from './repo.ts';
import { assertValid, compileAttrsValidator, type FieldRule, parseFilterValue } from './validate.ts';

export type FieldDef = Awaited<ReturnType<typeof repo.insertFieldDef>>;

export const canManageFields = (actor: Actor) => isTenantAdmin(actor);

interface Compiled {
  rules: Map<string, FieldRule>;
  create: ValidateFunction;
  update: ValidateFunction;
}

const cacheKey = (tenantId: string, object: FieldObject) => `${tenantId}:fields:${object}`;

async function compiled(deps: Deps, tenantId: string, object: FieldObject): Promise<Compiled> {
  return (await deps.tenantCache.getOrLoad(cacheKey(tenantId, object), async () => {
    const defs = await inTenant(deps.db, tenantId, (trx) => repo.listFieldDefs(trx, tenantId, object));
    const rules = defs.map((d) => ({
      key: d.key,
      type: d.type,
      required: d.required,
      active: d.active,
      options: d.options,
    }));
    return { rules: new Map(rules.map((r) => [r.key, r])), ...compileAttrsValidator(rules) };
  })) as Compiled;
}

/** Checks custom field values against the tenant's definitions; `partial` for updates. */
export async function validateAttrs(
  deps: Deps,
  tenantId: string,
  object: FieldObject,
  attrs: Record<string, unknown>,
  mode: 'create' | 'update',
): Promise<void> {
  const { create, update } = await compiled(deps, tenantId, object);
  assertValid(mode === 'create' ? create : update, attrs);
}

/**
 * The tenant's create-time check of custom field values as a function that answers instead of
 * throwing: an import checks many rows against one compiled validator and reports each bad one.
 */
export async function attrsChecker(
  deps: Deps,
  tenantId: string,
  object: FieldObject,
): Promise<(attrs: Record<string, unknown>) => Array<{ path: string; message: string }>> {
  const { create } = await compiled(deps, tenantId, object);
  return (attrs) => {
    try {
      assertValid(create, attrs, '');
      return [];
    } catch (error) {
      if (error instanceof DomainError) return error.extra.errors as Array<{ path: string; message: string }>;
      throw error;
    }
  };
}

/** `attr.<key>=<text>` filters → `{key: value}` for a jsonb containment test. */
export async function parseAttrFilters(
  deps: Deps,
  tenantId: string,
  object: FieldObject,
  raw: Record<string, string>,
): Promise<Record<string, unknown>> {
  const { rules } = await compiled(deps, tenantId, object);
  const out: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(raw)) {
    const rule = rules.get(key);
    if (!rule) {
      throw new DomainError('validation_failed', `attr.${key} is not a field of this tenant`, {
        errors: [{ path: `/querystring/attr.${key}`, message: 'is not a field of this tenant' }],
      });
    }
    out[key] = parseFilterValue(rule, text);
  }
  return out;
}

export async function listFields(deps: Deps, actor: Actor, object: FieldObject) {
  return inTenant(deps.db, actor.tenantId, (trx) => repo.listFieldDefs(trx, actor.tenantId, object));
}

export interface NewField {
  key: string;
  labelZh: string;
  labelEn: string;
  type: FieldType;
  required?: boolean;
  options?: FieldOption[];
  indexed?: boolean;
  sensitive?: boolean;
  position?: number;
}

function checkOptions(type: FieldType, options: FieldOption[]) {
  const needsOptions = type === 'enum' || type === 'multi_enum';
  if (needsOptions && options.length === 0) {
    throw new DomainError('validation_failed', 'An enum field needs at least one option', {
      errors: [{ path: '/body/options', message: 'needs at least one option' }],
    });
  }
  if (!needsOptions && options.length > 0) {
    throw new DomainError('validation_failed', 'Only enum fields have options', {
      errors: [{ path: '/body/options', message: 'only enum fields have options' }],
    });
  }
  if (new Set(options.map((o) => o.value)).size !== options.length) {
    throw new DomainError('validation_failed', 'Option values must be unique', {
      errors: [{ path: '/body/options', message: 'values must be unique' }],
    });
  }
}

async function createInTx(trx: Tx, deps: Deps, actor: Actor, object: FieldObject, input: NewField) {
  const options = input.options ?? [];
  checkOptions(input.type, options);
  const existing = await repo.listFieldDefs(trx, actor.tenantId, object);
  if (existing.some((d) => d.key === input.key)) {
    throw new DomainError('conflict', `A ${object} field with the key "${input.key}" exists`);
  }
  const def = await repo.insertFieldDef(
    trx,
    actor.tenantId,
    {
      object,
      key: input.key,
      labelZh: input.labelZh,
      labelEn: input.labelEn,
      type: input.type,
      required: input.required ?? false,
      options,
      indexed: input.indexed ?? false,
      sensitive: input.sensitive ?? false,
      position: input.position ?? existing.length,
    },
    deps.clock.now(),
  );
  await audit(trx, deps.clock, actor, {
    action: 'field.created',
    object: 'field_def',
    objectId: def.id,
    after: def,
  });
  return def;
}

export async function createField(deps: Deps, actor: Actor, object: FieldObject, input: NewField) {
  if (!canManageFields(actor)) throw forbidden('Only a tenant administrator may define fields');
  return inTenant(deps.db, actor.tenantId, async (trx, after) => {
    const def = await createInTx(trx, deps, actor, object, input);
    after(() => deps.tenantCache.evictPrefix(cacheKey(actor.tenantId, object)));
    return def;
  });
}

/** Key and type never change: stored values would lose their meaning. Options may only grow. */
export async function updateField(
  deps: Deps,
  actor: Actor,
  object: FieldObject,
  id: string,
  input: Partial<Omit<NewField, 'key' | 'type'>> & { active?: boolean },
) {
  if (!canManageFields(actor)) throw forbidden('Only a tenant administrator may change fields');
  return inTenant(deps.db, actor.tenantId, async (trx, after) => {
    const before = await repo.findFieldDef(trx, actor.tenantId, object, id);
    if (!before) throw notFound('Field');
    if (input.options) {
      checkOptions(before.type, input.options);
      const kept = new Set(input.options.map((o) => o.value));
      const dropped = before.options.filter((o) => !kept.has(o.value));
      if (dropped.length > 0) {
        throw new DomainError(
          'conflict',
          `Options in use cannot be removed: ${dropped.map((o) => o.value).join(', ')}`,
        );
      }
    }
    const def = await repo.updateFieldDef(
      trx,
      actor.tenantId,
      id,
      {
        ...(input.labelZh !== undefined && { label_zh: input.labelZh }),
        ...(input.labelEn !== undefined && { label_en: input.labelEn }),
        ...(input.required !== undefined && { required: input.required }),
        ...(input.options !== undefined && { options: JSON.stringify(input.options) }),
        ...(input.indexed !== undefined && { indexed: input.indexed }),
        ...(input.sensitive !== undefined && { sensitive: input.sensitive }),
        ...(input.position !== undefined && { position: input.position }),
        ...(input.active !== undefined && { active: input.active }),
      },
      deps.clock.now(),
    );
    await audit(trx, deps.clock, actor, {
      action: 'field.updated',
      object: 'field_def',
      objectId: id,
      changes: diff(before, def),
    });
    after(() => deps.tenantCache.evictPrefix(cacheKey(actor.tenantId, object)));
    return def;
  });
}

/** The template's fields, created with the tenant. */
export async function seedFields(
  trx: Tx,
  deps: Deps,
  actor: Actor,
  object: FieldObject,
  fields: FieldTemplate[],
) {
  for (const [position, field] of fields.entries()) {
    await createInTx(trx, deps, actor, object, { ...field, position });
  }
}
