import { useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client.ts';
import { useSession } from './session.ts';

export type Permission =
  | 'org.manage'
  | 'users.manage'
  | 'apiKeys.manage'
  | 'auditLog.read'
  | 'tenants.manage'
  | 'fields.manage'
  | 'pools.manage'
  | 'leads.claim'
  | 'leads.assign'
  | 'leads.import'
  | 'leads.review'
  | 'stages.manage'
  | 'contracts.approve'
  | 'contracts.terminate'
  | 'deals.draft'
  | 'deals.audit'
  | 'deals.offline'
  | 'deals.sales'
  | 'leads.handover'
  | 'ops.portfolio'
  | 'ops.team'
  | 'tasks.team'
  | 'competitors.manage'
  | 'tagRules.manage'
  | 'campaigns.run'
  | 'tasks.escalations'
  | 'events.read'
  | 'webhooks.manage'
  | 'analytics.view'
  | 'kpi.manage'
  | 'leads.revealPhone'
  | 'pool.teamLoad';

/** Who the caller is and what the server allows them: screens hide whatever it would refuse. */
export function useMe() {
  const session = useSession();
  const query = useQuery({
    queryKey: ['me', session?.token],
    enabled: session !== null,
    staleTime: 60_000,
    queryFn: () => call(api.GET('/api/v1/auth/me')),
  });
  const permissions = new Set(query.data?.permissions ?? []);
  return {
    ...query,
    me: query.data,
    session,
    can: (permission: Permission) => permissions.has(permission),
  };
}
