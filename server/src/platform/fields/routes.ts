import { Type } from '@sinclair/typebox';
import { responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import type { FieldObject, FieldType } from './repo.ts';
import { CreateField, FieldDef, FieldParams, ObjectParams, UpdateField } from './schema.ts';
import * as service from './service.ts';

const present = (def: service.FieldDef) => ({
  id: def.id,
  object: def.object,
  key: def.key,
  labelZh: def.label_zh,
  labelEn: def.label_en,
  type: def.type,
  required: def.required,
  options: def.options,
  indexed: def.indexed,
  sensitive: def.sensitive,
  position: def.position,
  active: def.active,
  createdAt: def.created_at.toISOString(),
  updatedAt: def.updated_at.toISOString(),
});

export async function fieldRoutes(app: App) {
  const tags = ['Custom fields'];

  app.get(
    '/api/v1/fields/:object',
    {
      schema: {
        tags,
        summary: 'The custom fields of an object (lead, contact, opportunity, contract, deal)',
        params: ObjectParams,
        response: responses({ 200: Type.Object({ items: Type.Array(FieldDef) }) }),
      },
    },
    async (request) => ({
      items: (await service.listFields(app.deps, actorOf(request), request.params.object as FieldObject)).map(
        present,
      ),
    }),
  );

  app.post(
    '/api/v1/fields/:object',
    {
      schema: {
        tags,
        summary: 'Define a custom field (tenant admin)',
        params: ObjectParams,
        body: CreateField,
        response: responses({ 201: FieldDef }),
      },
    },
    async (request, reply) => {
      const def = await service.createField(
        app.deps,
        actorOf(request),
        request.params.object as FieldObject,
        {
          ...request.body,
          type: request.body.type as FieldType,
        },
      );
      return reply.status(201).send(present(def));
    },
  );

  app.patch(
    '/api/v1/fields/:object/:id',
    {
      schema: {
        tags,
        summary: 'Relabel, reorder, extend the options of, or hide a custom field (tenant admin)',
        params: FieldParams,
        body: UpdateField,
        response: responses({ 200: FieldDef }),
      },
    },
    async (request) =>
      present(
        await service.updateField(
          app.deps,
          actorOf(request),
          request.params.object as FieldObject,
          request.params.id,
          request.body,
        ),
      ),
  );
}
