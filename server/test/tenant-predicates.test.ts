import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../src/db/tenant-tx.ts';
import { createTestContext, type TestContext } from './harness.ts';
import { describeViolations, takeViolations } from './tenant-predicate-recorder.ts';
import { tenantPredicateProblems } from './tenant-predicates.ts';

const restricted = [
  `select "id" from "lead" where "tenant_id" = $1 and "id" = $2`,
  `select "lead"."id" from "lead" inner join "lead_state" on "lead_state"."tenant_id" = "lead"."tenant_id"
     and "lead_state"."lead_id" = "lead"."id" where "lead"."tenant_id" = $1`,
  `select l.id from lead l join lead_state s using (tenant_id, lead_id) where l.tenant_id = $1`,
  `select l.*, (select count(*) from visit v where v.tenant_id = l.tenant_id and v.lead_id = l.id) as n
     from lead l where l.tenant_id = $1`,
  `select * from lead where (tenant_id, id) in (select tenant_id, lead_id from lead_state where tenant_id = $1)`,
  `select count(*) from lead_state where tenant_id = any($1::bigint[])`,
  `select id from org_unit where tenant_id = nullif(current_setting('app.tenant_id', true), '')::bigint`,
  `with due as (select lead_id, tenant_id from lead_state where tenant_id = $1 for update skip locked limit 10),
     moved as (update lead_state s set status = 'public' from due d
               where s.tenant_id = d.tenant_id and s.lead_id = d.lead_id returning s.lead_id)
   insert into lead_event (tenant_id, lead_id, kind) select $1, lead_id, 'recycled' from moved`,
  `select u.id from app_user u left join lateral (select count(*) n from lead_state s
     where s.tenant_id = u.tenant_id and s.owner_id = u.id) c on true where u.tenant_id = $1`,
  `select * from tenant where slug = $1`,
  `select * from "pgboss"."job" where name = $1`,
  `copy import_stage (row_no, name) from stdin`,
];

const unrestricted: Array<[string, RegExp]> = [
  [`select * from lead where id = $1`, /SELECT: lead is not restricted/],
  [
    `select l.id from lead l join lead_state s on s.lead_id = l.id where l.tenant_id = $1`,
    /lead_state \(as s\) is not restricted/,
  ],
  [
    `select l.id from lead l join lead_state s on s.tenant_id = l.tenant_id and s.lead_id = l.id`,
    /lead \(as l\) is not restricted/,
  ],
  [
    `select t.id from tenant t join lead l on l.tenant_id = t.id where t.active`,
    /lead \(as l\) is not restricted/,
  ],
  [
    `select l.* from lead l where l.tenant_id = $1 and exists (select 1 from visit v where v.lead_id = l.id)`,
    /visit \(as v\) is not restricted/,
  ],
  [
    `select * from lead where tenant_id = $1 union all select * from lead where id = 3`,
    /lead is not restricted/,
  ],
  [`select * from lead where tenant_id not in (select id from tenant)`, /lead is not restricted/],
  [`update "lead_state" set "status" = $1 where "lead_id" = $2`, /UPDATE: lead_state is not restricted/],
  [`delete from "idempotency_key" where "created_at" < $1`, /DELETE: idempotency_key is not restricted/],
  [`insert into lead_event (lead_id, kind) values ($1, $2)`, /INSERT: lead_event is written without setting/],
  [`copy lead (name) from stdin`, /COPY: lead is written without setting tenant_id/],
  [
    `with x as (select id from lead) select * from x join lead_state s on s.tenant_id = $1 and s.lead_id = x.id`,
    /lead is not restricted/,
  ],
];

describe('the tenant-predicate check reads SQL', () => {
  it.each(restricted)('passes a statement restricted to one tenant: %s', (statement) => {
    expect(tenantPredicateProblems(statement)).toEqual([]);
  });

  it.each(unrestricted)('reports a statement that is not: %s', (statement, problem) => {
    const problems = tenantPredicateProblems(statement);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(problem);
  });
});

describe('the tenant-predicate check watches what the application runs', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('records a statement of the application role without a tenant predicate, and fails its file', async () => {
    takeViolations();
    await inTenant(t.db, '1', async (trx) => {
      await sql`select count(*) from lead_state where tenant_id = ${'1'}`.execute(trx);
      await sql`select count(*) from lead_state where status = 'public'`.execute(trx);
    });
    // The test's own queries as the owner are not the application's.
    await t.ownerQuery(`select count(*) from lead_state where status = 'public'`);
    const found = takeViolations();
    expect(found).toEqual([
      {
        sql: `select count(*) from lead_state where status = 'public'`,
        problems: ['SELECT: lead_state is not restricted to one tenant by a tenant_id predicate'],
      },
    ]);
    // What the file's failure says (test/tenant-predicate-setup.ts throws it after the file's tests).
    expect(describeViolations(found)).toContain('CROSS_TENANT_STATEMENTS');
  });
});
