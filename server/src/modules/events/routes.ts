import { responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import { EVENT_TYPES, EventTypes, Feed, FeedQuery } from './schema.ts';
import * as service from './service.ts';

export async function eventRoutes(app: App) {
  const tags = ['Events'];

  app.get(
    '/api/v1/events',
    {
      schema: {
        tags,
        summary: 'The change feed: events in commit order after a cursor (tenant admins and API keys)',
        description:
          'Poll with the `nextCursor` of the previous answer as `after`. An event appears once the ' +
          'transaction that wrote it, and every transaction that started before it, has finished, so a ' +
          'position once handed out is never overtaken. See docs/integrations.md.',
        querystring: FeedQuery,
        response: responses({ 200: Feed }),
      },
    },
    async (request) =>
      service.readFeed(app.deps, actorOf(request), {
        after: request.query.after,
        limit: request.query.limit ?? 100,
      }),
  );

  app.get(
    '/api/v1/events/types',
    {
      schema: {
        tags,
        summary: 'The event types, for subscriptions',
        response: responses({ 200: EventTypes }),
      },
    },
    async () => ({ items: [...EVENT_TYPES] }),
  );
}
