import { Type } from '@sinclair/typebox';
import { DateTime, IdString, Nullable, Obj } from '../../http/schemas.ts';

export const Job = Obj({
  id: IdString,
  kind: Type.String({ description: 'e.g. lead_import' }),
  status: Type.Union(['queued', 'running', 'done', 'failed'].map((s) => Type.Literal(s))),
  total: Nullable(Type.Integer({ description: 'Rows in the file, once known' })),
  processed: Type.Integer({ description: 'Rows read so far, good and bad' }),
  succeeded: Type.Integer(),
  failed: Type.Integer(),
  createdAt: DateTime,
  startedAt: Nullable(DateTime),
  finishedAt: Nullable(DateTime),
  error: Nullable(Type.String({ description: 'Why the whole job failed (not a row error)' })),
  errorReportUrl: Nullable(
    Type.String({ description: 'CSV of the refused rows with their values, once there is one' }),
  ),
});
