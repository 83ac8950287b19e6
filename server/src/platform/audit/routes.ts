import { Page, responses } from '../../http/schemas.ts';
import { type App, actorOf } from '../../http/types.ts';
import { AuditEntry, AuditQuery } from './schema.ts';
import { listAuditLog } from './service.ts';

export async function auditRoutes(app: App) {
  app.get(
    '/api/v1/audit-log',
    {
      schema: {
        tags: ['Audit log'],
        summary: 'Every write in your tenant, newest first (tenant admin)',
        querystring: AuditQuery,
        response: responses({ 200: Page(AuditEntry) }),
      },
    },
    async (request) => {
      const { from, to, limit, ...rest } = request.query;
      const page = await listAuditLog(app.deps, actorOf(request), {
        ...rest,
        from: from === undefined ? undefined : new Date(from),
        to: to === undefined ? undefined : new Date(to),
        limit: limit ?? 50,
      });
      return {
        items: page.items.map((row) => ({
          id: row.id,
          at: row.at.toISOString(),
          actorKind: row.actor_kind,
          actorId: row.actor_id,
          actorName: row.actor_name,
          actorDisplayName: row.actor_display_name,
          action: row.action,
          object: row.object,
          objectId: row.object_id,
          ip: row.ip,
          requestId: row.request_id,
          detail: row.detail,
        })),
        nextCursor: page.nextCursor,
      };
    },
  );
}
