import { Type } from '@sinclair/typebox';
import { DateTime, IdString, Nullable, Obj } from '../../http/schemas.ts';
import { KPI_METRICS } from './scoring.ts';

export const KpiMetric = Type.Union(Object.keys(KPI_METRICS).map((m) => Type.Literal(m)));

const Line = Obj({
  metric: KpiMetric,
  weight: Type.Integer({ minimum: 1, maximum: 100, description: 'Percent; the lines add up to 100' }),
  target: Type.Number({ minimum: 0, maximum: 1_000_000, description: 'Monthly target; 0: nothing expected' }),
});

const Role = Type.Union(
  ['bd', 'bd_manager', 'city_manager', 'ops', 'ops_manager'].map((r) => Type.Literal(r)),
);

export const KpiDefinitionInput = Obj({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  role: Role,
  orgUnitId: Type.Optional(Nullable(IdString)),
  cap: Type.Optional(
    Type.Number({ minimum: 1, maximum: 3, description: 'Most a line may count, × its weight' }),
  ),
  metrics: Type.Array(Line, { minItems: 1, maxItems: 10 }),
});

export const KpiDefinitionPatch = Type.Partial(KpiDefinitionInput, { additionalProperties: false });

export const KpiDefinition = Obj({
  id: IdString,
  name: Type.String(),
  role: Type.String(),
  orgUnitId: Nullable(IdString),
  cap: Type.Number(),
  metrics: Type.Array(Line),
  createdAt: DateTime,
  updatedAt: DateTime,
});

export const ScoresQuery = Obj({
  month: Type.String({ pattern: '^(19|2\\d)\\d{2}-(0[1-9]|1[0-2])$', description: 'YYYY-MM (1900–2999)' }),
  unitId: Type.Optional(IdString),
  userId: Type.Optional(IdString),
});

export const ExportQuery = Obj({
  month: ScoresQuery.properties.month,
  unitId: Type.Optional(IdString),
  lang: Type.Optional(Type.Union([Type.Literal('zh'), Type.Literal('en')])),
});

const ScoredLine = Obj({
  metric: Type.String(),
  weight: Type.Number(),
  target: Type.Number(),
  actual: Type.Number(),
  ratio: Type.Number(),
  points: Type.Number(),
});

export const Scores = Obj({
  month: Type.String(),
  people: Type.Array(
    Obj({
      userId: IdString,
      name: Type.String(),
      role: Type.String(),
      unitId: IdString,
      unitName: Type.String(),
      cityName: Nullable(Type.String()),
      definitionId: IdString,
      score: Type.Number(),
      teamRank: Nullable(Type.Integer()),
      cityRank: Nullable(Type.Integer()),
      lines: Type.Array(ScoredLine),
    }),
  ),
  teams: Type.Array(
    Obj({
      unitId: IdString,
      name: Type.String(),
      people: Type.Integer(),
      score: Type.Number({ description: 'The average of its people’s scores' }),
      cityRank: Nullable(Type.Integer()),
    }),
  ),
});
