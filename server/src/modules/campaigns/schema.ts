import { Type } from '@sinclair/typebox';
import { Cursor, DateTime, IdString, Limit, Nullable, Obj } from '../../http/schemas.ts';
import { DealFilter } from '../deals/schema.ts';
import { LeadFilter } from '../leads/schema.ts';
import { Task } from '../tasks/schema.ts';

export const TaskTemplate = Obj({
  kind: Type.String({ pattern: '^[a-z_]{1,40}$', description: 'e.g. price_match, visit, deal_refresh' }),
  title: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
  instructions: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
  dueInDays: Type.Integer({ minimum: 0, maximum: 365 }),
});

const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });

export const CampaignInput = Obj({
  name: Name,
  target: Type.Union([Type.Literal('leads'), Type.Literal('deals')]),
  leadFilter: Type.Optional(LeadFilter),
  dealFilter: Type.Optional(DealFilter),
  templateKey: Type.Optional(Nullable(Type.String({ pattern: '^[a-z_]{1,40}$' }))),
  task: TaskTemplate,
});

export const PreviewInput = Obj({
  target: Type.Union([Type.Literal('leads'), Type.Literal('deals')]),
  leadFilter: Type.Optional(LeadFilter),
  dealFilter: Type.Optional(DealFilter),
});

export const Campaign = Obj({
  id: IdString,
  name: Type.String(),
  target: Type.String({ description: 'leads or deals' }),
  leadFilter: Nullable(Type.Record(Type.String(), Type.Unknown())),
  dealFilter: Nullable(Type.Record(Type.String(), Type.Unknown())),
  templateKey: Nullable(Type.String()),
  task: Obj({
    kind: Type.String(),
    title: Type.String(),
    instructions: Nullable(Type.String()),
    dueInDays: Type.Integer(),
  }),
  status: Type.String({ description: 'draft or launched' }),
  createdBy: Nullable(IdString),
  createdAt: DateTime,
  updatedAt: DateTime,
  launchedAt: Nullable(DateTime),
  matched: Nullable(Type.Integer({ description: 'Merchants matched at the last launch' })),
});

export const Preview = Obj({
  matched: Type.Integer({ description: 'Merchants the filter matches (that you may see)' }),
  unassigned: Type.Integer({ description: 'Of those, merchants with no owner and no city manager: no task' }),
  sample: Type.Array(
    Obj({
      leadId: IdString,
      name: Type.String(),
      cityId: IdString,
      assigneeId: Nullable(IdString),
      assigneeName: Nullable(Type.String()),
      keeper: Type.String({ description: 'bd, ops or city_manager: whose the task would be' }),
    }),
  ),
});

export const LaunchResult = Obj({
  campaign: Campaign,
  matched: Type.Integer(),
  created: Type.Integer({ description: 'New tasks (merchants that had this campaign’s task keep it)' }),
  unassigned: Type.Integer(),
  // A big fan-out runs in the background; its progress is GET /jobs/{id}.
  jobId: Nullable(IdString),
});

const Counts = {
  total: Type.Integer(),
  open: Type.Integer(),
  doing: Type.Integer(),
  done: Type.Integer(),
  rejected: Type.Integer(),
  escalated: Type.Integer(),
  overdue: Type.Integer({ description: 'Open or doing past their due time' }),
  donePct: Type.Number({ description: 'done / total × 100, one decimal' }),
};

export const Progress = Obj({
  totals: Obj(Counts),
  byCity: Type.Array(Obj({ cityId: Nullable(IdString), cityName: Nullable(Type.String()), ...Counts })),
  byTeam: Type.Array(Obj({ unitId: IdString, unitName: Type.String(), ...Counts })),
});

export const TaskWithNames = Type.Composite([Task, Obj({ assigneeName: Nullable(Type.String()) })], {
  additionalProperties: false,
});

export const ListQuery = Obj({ limit: Type.Optional(Limit), cursor: Type.Optional(Cursor) });
export const EscalationsQuery = Obj({
  campaignId: Type.Optional(IdString),
  limit: Type.Optional(Limit),
  cursor: Type.Optional(Cursor),
});

export const Intervention = Obj({
  action: Type.Union([Type.Literal('reprice'), Type.Literal('take_offline'), Type.Literal('none')], {
    description: 'reprice: change an online deal’s price; take_offline; none: resolve with a note only',
  }),
  dealId: Type.Optional(IdString),
  dealPrice: Type.Optional(Type.Number({ minimum: 0.01, maximum: 10_000_000 })),
  note: Type.String({
    minLength: 1,
    maxLength: 1000,
    description: 'What HQ did and why (kept on the task and the merchant)',
  }),
});

export const TemplateDef = Obj({
  key: Type.String(),
  name: Obj({ zh: Type.String(), en: Type.String() }),
  target: Type.String(),
  leadFilter: Nullable(Type.Record(Type.String(), Type.Unknown())),
  dealFilter: Nullable(Type.Record(Type.String(), Type.Unknown())),
  task: Obj({
    kind: Type.String(),
    title: Obj({ zh: Type.String(), en: Type.String() }),
    instructions: Obj({ zh: Type.String(), en: Type.String() }),
    dueInDays: Type.Integer(),
  }),
});
