import { Type } from '@sinclair/typebox';
import { IdParams, IdString, Nullable, Obj, responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import * as service from './service.ts';

export const Contact = Obj({
  id: IdString,
  leadId: IdString,
  name: Type.String(),
  title: Nullable(Type.String()),
  phone: Nullable(Type.String({ description: 'Masked unless you own the lead' })),
  phoneMasked: Type.Boolean(),
  isKeyPerson: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
});

const CreateContact = Obj({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  title: Type.Optional(Type.String({ maxLength: 100 })),
  phone: Type.Optional(Type.String({ pattern: '^[0-9+()\\- ,;/转]{3,64}$' })),
  isKeyPerson: Type.Optional(Type.Boolean({ description: 'The decision maker (KP)' })),
});

export async function contactRoutes(app: App) {
  const tags = ['Contacts'];
  app.get(
    '/api/v1/leads/:id/contacts',
    {
      schema: {
        tags,
        summary: 'The people of a merchant',
        params: IdParams,
        response: responses({ 200: Type.Object({ items: Type.Array(Contact) }) }),
      },
    },
    async (request) => ({ items: await service.listContacts(app.deps, actorOf(request), request.params.id) }),
  );

  app.post(
    '/api/v1/leads/:id/contacts',
    {
      schema: {
        tags,
        summary: 'Add a person (phone encrypted at rest)',
        params: IdParams,
        body: CreateContact,
        response: responses({ 201: Contact }),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.addContact(app.deps, actorOf(request), request.params.id, request.body)),
  );

  app.post(
    '/api/v1/leads/:id/contacts/:contactId/reveal-phone',
    {
      schema: {
        tags,
        summary: 'Show a contact’s phone in full (owner chain); audited',
        params: Obj({ id: IdString, contactId: IdString }),
        response: responses({ 200: Type.Object({ phone: Nullable(Type.String()) }) }),
      },
    },
    async (request) =>
      service.revealContactPhone(app.deps, actorOf(request), request.params.id, request.params.contactId),
  );
}
