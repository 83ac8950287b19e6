import { Type } from '@sinclair/typebox';
import { IdString, Obj } from '../../http/schemas.ts';
import { ListLeadsQuery } from '../leads/schema.ts';

export const ImportAccepted = Obj({
  jobId: IdString,
  status: Type.Literal('queued'),
  ignoredColumns: Type.Array(Type.String(), {
    description: 'Header names that match no field: not imported',
  }),
});

export const ImportForm = Type.Object(
  {
    file: Type.String({ format: 'binary', description: 'CSV (UTF-8 or GBK) or XLSX, at most 200 MB' }),
    coordSystem: Type.Optional(
      Type.Union([Type.Literal('wgs84'), Type.Literal('gcj02'), Type.Literal('bd09')], {
        description: 'The system of the coordinates in the file (Baidu exports are bd09, Amap gcj02)',
      }),
    ),
    cityId: Type.Optional(IdString),
  },
  { description: 'multipart/form-data' },
);

const { limit: _limit, cursor: _cursor, ...listFilters } = ListLeadsQuery.properties;

export const ExportQuery = Type.Object(
  {
    ...listFilters,
    format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('xlsx')], { default: 'csv' })),
    lang: Type.Optional(Type.Union([Type.Literal('zh'), Type.Literal('en')], { default: 'zh' })),
  },
  { additionalProperties: false, patternProperties: ListLeadsQuery.patternProperties },
);
