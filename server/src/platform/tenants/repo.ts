import type { Db } from '../../db/database.ts';
import type { Tx } from '../../db/tenant-tx.ts';

// The tenant table is the one table without row-level security: a login has to find its tenant
// by slug before any tenant is bound.

const columns = ['id', 'slug', 'name', 'template', 'settings', 'active', 'created_at', 'updated_at'] as const;

export function insertTenant(
  trx: Tx,
  tenant: { slug: string; name: string; template: string; settings: object; at: Date },
) {
  return trx
    .insertInto('tenant')
    .values({
      slug: tenant.slug,
      name: tenant.name,
      template: tenant.template,
      settings: JSON.stringify(tenant.settings),
      created_at: tenant.at,
      updated_at: tenant.at,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export function findTenantBySlug(db: Db | Tx, slug: string) {
  return db.selectFrom('tenant').select(columns).where('slug', '=', slug).executeTakeFirst();
}

export function findTenantById(db: Db | Tx, id: string) {
  return db.selectFrom('tenant').select(columns).where('id', '=', id).executeTakeFirst();
}

export function listTenants(db: Db, filter: { afterId?: string; limit: number }) {
  let query = db.selectFrom('tenant').select(columns);
  if (filter.afterId !== undefined) query = query.where('id', '>', filter.afterId);
  return query
    .orderBy('id')
    .limit(filter.limit + 1)
    .execute();
}

/** The ids of the tenants that work (the platform tenant holds no business data). */
export async function listActiveTenantIds(db: Db, platformSlug: string): Promise<string[]> {
  const rows = await db
    .selectFrom('tenant')
    .select('id')
    .where('active', '=', true)
    .where('slug', '<>', platformSlug)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}
