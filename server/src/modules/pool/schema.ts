import { Type } from '@sinclair/typebox';
import { DateTime, IdString, Nullable, Obj } from '../../http/schemas.ts';

const Days = Type.Integer({ minimum: 0, maximum: 3650 });
const Tag = Type.String({ pattern: '^[\\p{L}\\p{N}_-]{1,40}$' });

const ruleProperties = {
  maxPrivate: Type.Integer({ minimum: 0, maximum: 100_000, description: 'Private leads one BD may hold' }),
  dailyClaimCap: Type.Integer({ minimum: 0, maximum: 10_000, description: 'Claims per BD per day' }),
  termDays: Days,
  noVisitDays: Days,
  noSignDays: Days,
  extendDays: Days,
  maxSelfExtensions: Type.Integer({ minimum: 0, maximum: 100 }),
  reclaimCooldownDays: Days,
  remindBeforeDays: Days,
};

export const PoolRules = Obj({ ...ruleProperties, exemptTags: Type.Array(Tag, { maxItems: 50 }) });
export const TagRule = Obj({ tag: Tag, rules: Type.Partial(Obj(ruleProperties)) });

export const PoolBody = Obj({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  orgUnitIds: Type.Array(IdString, {
    maxItems: 500,
    description: 'The units (and their subtrees) the pool serves',
  }),
  rules: PoolRules,
  tagRules: Type.Optional(
    Type.Array(TagRule, { maxItems: 50, description: 'Overrides for leads with a tag; first match wins' }),
  ),
  rotateToPoolId: Type.Optional(Nullable(IdString)),
  active: Type.Optional(Type.Boolean()),
});

export const Pool = Obj({
  id: IdString,
  name: Type.String(),
  orgUnitIds: Type.Array(IdString),
  rules: PoolRules,
  tagRules: Type.Array(TagRule),
  rotateToPoolId: Nullable(IdString),
  active: Type.Boolean(),
  createdAt: DateTime,
  updatedAt: DateTime,
});

export const SweepBody = Obj({
  asOf: Type.Optional(DateTime),
  dryRun: Type.Optional(Type.Boolean({ description: 'Only tell what would be recycled' })),
});

export const SweepResult = Obj({
  count: Type.Integer(),
  dryRun: Type.Boolean(),
  asOf: DateTime,
  leads: Type.Array(Obj({ id: IdString, name: Type.String(), ownerId: IdString, reason: Type.String() }), {
    description: 'The first 1,000 leads; count has them all',
  }),
});

export const ExpiringQuery = Obj({
  withinDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 365, default: 3 })),
  scope: Type.Optional(Type.Union([Type.Literal('mine'), Type.Literal('team')], { default: 'mine' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
});

export const ExpiringLead = Obj({
  leadId: IdString,
  name: Type.String(),
  ownerId: IdString,
  deadlineAt: DateTime,
  deadlineReason: Type.String(),
  poolId: Nullable(IdString),
});

export const MemberLoad = Obj({
  userId: IdString,
  displayName: Type.String(),
  role: Type.String(),
  privateCount: Type.Integer({ description: 'Private leads held now' }),
  maxPrivate: Nullable(Type.Integer({ description: 'The cap of the pool they claim from' })),
  claimsToday: Type.Integer({ description: 'Claims made today, in the tenant’s time zone' }),
  dailyClaimCap: Nullable(Type.Integer()),
  poolId: Nullable(IdString),
});
