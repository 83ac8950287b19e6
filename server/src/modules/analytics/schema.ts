import { Type } from '@sinclair/typebox';
import { DateTime, IdString, Nullable, Obj } from '../../http/schemas.ts';

export const Day = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'A calendar day, YYYY-MM-DD',
});

export const PeriodQuery = Obj({
  from: Type.Optional(Day),
  to: Type.Optional(Day),
  unitId: Type.Optional(IdString),
  userId: Type.Optional(IdString),
});

export const MerchantsQuery = Obj({
  from: Type.Optional(Day),
  to: Type.Optional(Day),
  userId: Type.Optional(IdString),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 200 })),
});

const Ratio = Nullable(Type.Number({ description: '0…1; null when the base is zero' }));

export const Figures = Obj({
  claims: Type.Integer(),
  releases: Type.Integer(),
  recycles: Type.Integer(),
  visits: Type.Integer(),
  uniqueStores: Type.Integer({ description: 'Stores visited, counted once per person and day' }),
  farVisits: Type.Integer(),
  firstVisits: Type.Integer(),
  opportunities: Type.Integer(),
  signings: Type.Integer(),
  renewals: Type.Integer(),
  dealsOnline: Type.Integer(),
  sales: Type.Integer(),
  publicPool: Nullable(Type.Integer()),
  privateLeads: Type.Integer(),
  expiringSoon: Type.Integer(),
  avgHoldDays: Nullable(Type.Number()),
  signedMerchants: Type.Integer(),
  opsCovered: Type.Integer(),
  opsCoverage: Ratio,
  tasksDue: Type.Integer(),
  tasksDone: Type.Integer(),
  tasksDoneLate: Type.Integer(),
  tasksOverdue: Type.Integer(),
  taskCompletion: Ratio,
  taskLateness: Ratio,
  funnel: Type.Array(Obj({ stage: Type.String(), count: Type.Integer(), rate: Ratio })),
});

const ScopeOut = Obj({
  kind: Type.Union([Type.Literal('tenant'), Type.Literal('unit'), Type.Literal('user')]),
  id: Nullable(IdString),
  name: Type.String(),
});

const PeriodOut = Obj({ from: Day, to: Day, timezone: Type.String() });

export const Summary = Obj({
  scope: ScopeOut,
  period: PeriodOut,
  refreshedAt: Nullable(DateTime),
  figures: Figures,
  trend: Type.Array(
    Obj({
      day: Day,
      claims: Type.Integer(),
      visits: Type.Integer(),
      firstVisits: Type.Integer(),
      opportunities: Type.Integer(),
      signings: Type.Integer(),
      dealsOnline: Type.Integer(),
    }),
  ),
});

export const Breakdown = Obj({
  scope: ScopeOut,
  period: PeriodOut,
  rows: Type.Array(
    Obj({
      kind: Type.Union([Type.Literal('unit'), Type.Literal('user')]),
      id: IdString,
      name: Type.String(),
      unitKind: Nullable(Type.String()),
      role: Nullable(Type.String()),
      figures: Figures,
    }),
  ),
});

export const Merchants = Obj({
  scope: ScopeOut,
  period: PeriodOut,
  items: Type.Array(
    Obj({
      leadId: IdString,
      name: Type.String(),
      status: Type.String(),
      visits: Type.Integer(),
      lastVisitAt: Nullable(DateTime),
      signedAt: Nullable(DateTime),
      dealsOnline: Type.Integer(),
      sales: Type.Integer(),
      opsCovered: Type.Boolean(),
    }),
  ),
});

export const Rebuild = Obj({ from: Day, to: Day });
export const Rebuilt = Obj({ from: Day, to: Day, days: Type.Integer(), rows: Type.Integer() });
