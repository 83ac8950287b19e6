import { Type } from '@sinclair/typebox';
import { Cursor, DateTime, IdString, Limit, Nullable, Obj } from '../../http/schemas.ts';

const Reason = Type.String({ minLength: 1, maxLength: 500 });
const Tag = Type.String({ pattern: '^[\\p{L}\\p{N}_-]{1,40}$' });
const Day = Type.String({ format: 'date' });

export const OpsCandidate = Obj({ id: IdString, displayName: Type.String(), role: Type.String() });

export const Handover = Obj({
  opsUserId: IdString,
  reason: Type.Optional(Reason),
});

export const BulkHandover = Obj({
  opsUserId: IdString,
  reason: Type.Optional(Reason),
  leadIds: Type.Optional(
    Type.Array(IdString, { minItems: 1, maxItems: 500, description: 'These merchants' }),
  ),
  filter: Type.Optional(
    Obj(
      {
        cityId: Type.Optional(IdString),
        ownerId: Type.Optional(IdString),
        tag: Type.Optional(Tag),
        category: Type.Optional(Type.String({ maxLength: 40 })),
        withoutOpsOwner: Type.Optional(Type.Boolean({ description: 'Only merchants no ops person has yet' })),
      },
      { description: 'Every signed merchant you see that matches (at most 2,000)' },
    ),
  ),
});

export const BulkHandoverResult = Obj({
  handedOver: Type.Integer(),
  unchanged: Type.Integer({ description: 'Already with this ops person' }),
  refused: Type.Array(
    Obj({
      leadId: IdString,
      code: Type.String({ description: 'not_found, invalid_state or forbidden' }),
      detail: Type.String(),
    }),
  ),
  merchants: Type.Array(
    Obj({
      leadId: IdString,
      name: Nullable(Type.String({ description: 'Null for an id that names no merchant you see' })),
      outcome: Type.Union([Type.Literal('handed_over'), Type.Literal('unchanged'), Type.Literal('refused')]),
      code: Type.Optional(
        Type.String({ description: 'Why it was refused: not_found, invalid_state or forbidden' }),
      ),
      reason: Type.Optional(
        Type.Union(
          [
            Type.Literal('not_found'),
            Type.Literal('not_signed'),
            Type.Literal('outside_team'),
            Type.Literal('outside_territory'),
          ],
          {
            description:
              'The refusal as a stable code: not signed, signed by another team, outside the ops person’s cities',
          },
        ),
      ),
      detail: Type.Optional(Type.String()),
    }),
    {
      description:
        'What happened to each merchant: handed over, already with this person, or refused and why',
    },
  ),
});

export const PortfolioQuery = Obj({
  opsUserId: Type.Optional(IdString),
  renewalWithinDays: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 365, description: 'Default: the tenant’s renewalReminderDays (30)' }),
  ),
  dealWithinDays: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 365, description: 'Online deals ending within this many days (7)' }),
  ),
  view: Type.Optional(
    Type.Union(
      ['all', 'renewal_due', 'without_contract', 'without_online_deal', 'deal_expiring'].map((v) =>
        Type.Literal(v),
      ),
      { default: 'all' },
    ),
  ),
  limit: Type.Optional(Limit),
  cursor: Type.Optional(Cursor),
});

export const PortfolioMerchant = Obj({
  leadId: IdString,
  name: Type.String(),
  address: Nullable(Type.String()),
  cityId: IdString,
  category: Nullable(Type.String()),
  status: Type.String(),
  ownerId: Nullable(IdString),
  opsOwnerId: IdString,
  handedOverAt: Nullable(DateTime),
  contract: Nullable(
    Obj({
      id: IdString,
      status: Type.String(),
      title: Type.String(),
      startOn: Day,
      endOn: Day,
      daysLeft: Type.Integer({ description: 'Days from today to endOn (the last day)' }),
    }),
  ),
  renewal: Nullable(Obj({ id: IdString, status: Type.String() })),
  renewalDue: Type.Boolean({
    description: 'The contract ends within the window and no renewal is under way',
  }),
  deals: Obj({
    online: Type.Integer({ description: 'Deals online now' }),
    expiring: Type.Integer({ description: 'Online deals whose last valid day is within dealWithinDays' }),
    nextValidTo: Nullable(
      Type.String({ format: 'date', description: 'The soonest last day of an online deal' }),
    ),
  }),
});

const Counts = Obj({
  merchants: Type.Integer(),
  renewalsDue: Type.Integer(),
  withoutContract: Type.Integer({ description: 'No contract in force (expired or terminated)' }),
  withoutOnlineDeal: Type.Integer(),
  dealsExpiring: Type.Integer({ description: 'Merchants with an online deal ending within dealWithinDays' }),
});

export const Portfolio = Obj({
  opsUserId: IdString,
  day: Day,
  renewalWithinDays: Type.Integer(),
  dealWithinDays: Type.Integer(),
  counts: Counts,
  items: Type.Array(PortfolioMerchant),
  nextCursor: Nullable(Type.String()),
});

export const SummaryQuery = Obj({
  renewalWithinDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
  dealWithinDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
});

export const PortfolioSummary = Obj({
  day: Day,
  renewalWithinDays: Type.Integer(),
  dealWithinDays: Type.Integer(),
  members: Type.Array(
    Type.Composite(
      [
        Obj({
          userId: IdString,
          username: Type.String(),
          displayName: Type.String(),
          role: Type.String(),
          active: Type.Boolean(),
        }),
        Counts,
      ],
      { additionalProperties: false },
    ),
  ),
});

export const RunAsOf = Obj({ asOf: Type.Optional(DateTime) });

export const RenewalRun = Obj({
  asOf: DateTime,
  day: Day,
  withinDays: Type.Integer(),
  due: Type.Integer({ description: 'Contracts ending within the window with no renewal under way' }),
  created: Type.Integer({ description: 'To-dos created by this run' }),
});
