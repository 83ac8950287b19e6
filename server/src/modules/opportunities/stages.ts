import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, forbidden } from '../../errors.ts';
import { audit, diff } from '../../platform/audit/service.ts';
import { type Actor, isTenantAdmin } from '../../platform/roles.ts';
import { tenantSettings } from '../../platform/tenants/service.ts';

export interface Stage {
  key: string;
  labelZh: string;
  labelEn: string;
  probability: number;
  isWon: boolean;
  isLost: boolean;
}

export const canManageStages = (actor: Actor) => isTenantAdmin(actor);

async function readStages(trx: Tx, tenantId: string): Promise<Stage[]> {
  const rows = await trx
    .selectFrom('stage_def')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('object', '=', 'opportunity')
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    key: r.key,
    labelZh: r.label_zh,
    labelEn: r.label_en,
    probability: r.probability,
    isWon: r.is_won,
    isLost: r.is_lost,
  }));
}

async function writeStages(trx: Tx, tenantId: string, stages: Stage[], at: Date) {
  await trx
    .deleteFrom('stage_def')
    .where('tenant_id', '=', tenantId)
    .where('object', '=', 'opportunity')
    .execute();
  await trx
    .insertInto('stage_def')
    .values(
      stages.map((s, position) => ({
        tenant_id: tenantId,
        object: 'opportunity' as const,
        key: s.key,
        label_zh: s.labelZh,
        label_en: s.labelEn,
        position,
        probability: s.probability,
        is_won: s.isWon,
        is_lost: s.isLost,
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
}

/**
 * The tenant's opportunity stages in order. A tenant that has none yet (it predates this module)
 * gets its template's stages on first use.
 */
export async function stagesInTx(trx: Tx, deps: Deps, tenantId: string): Promise<Stage[]> {
  const stages = await readStages(trx, tenantId);
  if (stages.length > 0) return stages;
  const template = (await tenantSettings(deps, tenantId)).opportunityStages.map((s) => ({
    ...s,
    isWon: s.isWon ?? false,
    isLost: s.isLost ?? false,
  }));
  await trx.selectFrom('tenant').select('id').where('id', '=', tenantId).forUpdate().execute();
  if ((await readStages(trx, tenantId)).length === 0)
    await writeStages(trx, tenantId, template, deps.clock.now());
  return readStages(trx, tenantId);
}

export async function listStages(deps: Deps, actor: Actor) {
  return inTenant(deps.db, actor.tenantId, (trx) => stagesInTx(trx, deps, actor.tenantId));
}

function invalid(message: string) {
  return new DomainError('validation_failed', message, { errors: [{ path: '/body/items', message }] });
}

/** Replaces the stages; a stage some opportunity still sits in cannot disappear. */
export async function replaceStages(deps: Deps, actor: Actor, stages: Stage[]) {
  if (!canManageStages(actor)) throw forbidden('Only a tenant administrator may change the stages');
  if (new Set(stages.map((s) => s.key)).size !== stages.length) throw invalid('stage keys must be unique');
  if (!stages.some((s) => s.isWon)) throw invalid('one stage must mean won');
  if (!stages.some((s) => s.isLost)) throw invalid('one stage must mean lost');
  if (!stages.some((s) => !s.isWon && !s.isLost)) throw invalid('at least one stage must be open');
  if (stages.some((s) => s.isWon && s.isLost)) throw invalid('a stage cannot mean both won and lost');
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const before = await stagesInTx(trx, deps, actor.tenantId);
    const kept = new Set(stages.map((s) => s.key));
    const dropped = before.filter((s) => !kept.has(s.key)).map((s) => s.key);
    if (dropped.length > 0) {
      const used = await trx
        .selectFrom('opportunity')
        .select('stage_key')
        .distinct()
        .where('tenant_id', '=', actor.tenantId)
        .where('stage_key', 'in', dropped)
        .execute();
      if (used.length > 0) {
        throw new DomainError(
          'conflict',
          `Opportunities are still in ${used.map((u) => u.stage_key).join(', ')}: move them before removing the stage`,
        );
      }
    }
    await writeStages(trx, actor.tenantId, stages, deps.clock.now());
    await audit(trx, deps.clock, actor, {
      action: 'stages.updated',
      object: 'stage_def',
      objectId: 'opportunity',
      changes: diff({ stages: before }, { stages }),
    });
    return stages;
  });
}
