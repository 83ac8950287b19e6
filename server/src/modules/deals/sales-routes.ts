import multipart from '@fastify/multipart';
import { DomainError } from '../../errors.ts';
import { responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import { importSales, MAX_SALES_FILE_BYTES, pushSales } from './sales.ts';
import { SalesForm, SalesResult, SalesRows } from './schema.ts';

export async function salesRoutes(app: App) {
  const tags = ['Deals'];
  await app.register(multipart, {
    limits: { fileSize: MAX_SALES_FILE_BYTES, files: 1, fields: 2, fieldSize: 1024, parts: 4 },
  });

  app.post(
    '/api/v1/deals/sales',
    {
      schema: {
        tags,
        summary: 'Set the sales counts of deals (idempotent); one bad row refuses the whole batch',
        body: SalesRows,
        response: responses({ 200: SalesResult }),
      },
    },
    async (request) => pushSales(app.deps, actorOf(request), request.body),
  );

  app.post(
    '/api/v1/deals/sales/import',
    {
      schema: {
        tags,
        summary: 'Set sales counts from a CSV/XLSX file (multipart field "file"), all rows or none',
        description:
          'Columns by header: dealId (团单ID) and salesCount (销量); other columns are ignored. The file ' +
          'is applied at once; refused rows are listed by their row number in the sheet.',
        consumes: ['multipart/form-data'],
        body: SalesForm,
        response: responses({ 200: SalesResult }),
      },
      // The multipart body is read by the handler as a stream; the schema only documents it.
      validatorCompiler: () => () => true,
    },
    async (request) => {
      if (!request.isMultipart()) {
        throw new DomainError(
          'unsupported_media_type',
          'Send the file as multipart/form-data in the field "file"',
        );
      }
      return importSales(app.deps, actorOf(request), request.parts());
    },
  );
}
