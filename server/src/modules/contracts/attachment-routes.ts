import multipart from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import { DateTime, FileDownload, IdString, Nullable, Obj, responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import { validatorCompiler } from '../../http/validation.ts';
import { ALLOWED_EXTENSIONS, ATTACHMENT_TYPES } from '../../platform/files/attachment-type.ts';
import * as service from './attachments.ts';

export const Attachment = Obj({
  id: IdString,
  contractId: IdString,
  fileName: Type.String({ description: 'The name it was uploaded with (shown, never used on disk)' }),
  contentType: Type.String({ description: 'Detected from the content' }),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  uploadedBy: Nullable(IdString),
  createdAt: DateTime,
  downloadUrl: Type.String(),
});

const AttachmentForm = Obj({
  file: Type.String({
    format: 'binary',
    description: `One document: ${ALLOWED_EXTENSIONS.join(', ')}; its content must match its extension`,
  }),
});

const AttachmentParams = Obj({ id: IdString, attachmentId: IdString });

const presentAttachment = (a: service.AttachmentRow) => ({
  id: a.id,
  contractId: a.contract_id,
  fileName: a.file_name,
  contentType: a.content_type,
  sizeBytes: Number(a.size_bytes),
  sha256: a.sha256,
  uploadedBy: a.uploaded_by,
  createdAt: a.created_at.toISOString(),
  downloadUrl: `/api/v1/contracts/${a.contract_id}/attachments/${a.id}`,
});

/** RFC 6266: an ASCII fallback plus the UTF-8 name (Chinese file names survive the download). */
function contentDisposition(fileName: string, id: string): string {
  const extension = fileName.includes('.')
    ? fileName.slice(fileName.lastIndexOf('.')).replace(/[^.\w]/g, '')
    : '';
  return `attachment; filename="attachment-${id}${extension}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export async function contractAttachmentRoutes(app: App) {
  const tags = ['Contracts'];
  await app.register(multipart, {
    limits: { fileSize: app.deps.config.attachmentMaxBytes, files: 1, fields: 0, parts: 2 },
  });

  app.post(
    '/api/v1/contracts/:id/attachments',
    {
      schema: {
        tags,
        summary: 'Attach a document to a contract (multipart field "file"; PDF, PNG, JPEG, WebP, DOCX, XLSX)',
        description:
          'The type is checked by the file’s content, not only its name; the size is limited by ' +
          'GROUNDWORK_ATTACHMENT_MAX_MB. Allowed while the contract is draft, rejected, approved, signed or active.',
        consumes: ['multipart/form-data'],
        params: Obj({ id: IdString }),
        body: AttachmentForm,
        response: responses({ 201: Attachment }),
      },
      // The multipart body is read by the handler as a stream; the schema only documents it.
      validatorCompiler: (route) => (route.httpPart === 'body' ? () => true : validatorCompiler(route)),
    },
    async (request, reply) => {
      // The contract is looked up first: a missing one is a 404 whatever the body.
      const parts = request.isMultipart() ? () => request.parts() : null;
      const row = await service.addAttachment(app.deps, actorOf(request), request.params.id, parts);
      return reply.status(201).send(presentAttachment(row));
    },
  );

  app.get(
    '/api/v1/contracts/:id/attachments',
    {
      schema: {
        tags,
        summary: 'The documents attached to a contract',
        params: Obj({ id: IdString }),
        response: responses({ 200: Obj({ items: Type.Array(Attachment) }) }),
      },
    },
    async (request) => ({
      items: (await service.listAttachments(app.deps, actorOf(request), request.params.id)).map(
        presentAttachment,
      ),
    }),
  );

  app.get(
    '/api/v1/contracts/:id/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: 'Download an attached document',
        params: AttachmentParams,
        produces: Object.values(ATTACHMENT_TYPES).map((t) => t.contentType),
        response: responses({ 200: FileDownload('The document as uploaded') }),
      },
    },
    async (request, reply) => {
      const { row, stream } = await service.openAttachment(
        app.deps,
        actorOf(request),
        request.params.id,
        request.params.attachmentId,
      );
      return reply
        .type(row.content_type)
        .header('content-length', String(row.size_bytes))
        .header('content-disposition', contentDisposition(row.file_name, row.id))
        .header('x-content-type-options', 'nosniff')
        .send(stream);
    },
  );

  app.delete(
    '/api/v1/contracts/:id/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: 'Remove a document from a draft or rejected contract',
        params: AttachmentParams,
        response: responses({ 204: Type.Null() }),
      },
    },
    async (request, reply) => {
      await service.removeAttachment(
        app.deps,
        actorOf(request),
        request.params.id,
        request.params.attachmentId,
      );
      return reply.status(204).send(null);
    },
  );
}
