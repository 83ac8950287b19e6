import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../../api/client.ts';
import { useMe } from '../../../auth/use-me.ts';
import type { Viewer } from './contract-rules.ts';

export function useContract(id: string | null) {
  return useQuery({
    queryKey: ['contract', id],
    enabled: id !== null,
    queryFn: () => call(api.GET('/api/v1/contracts/{id}', { params: { path: { id: id ?? '' } } })),
  });
}

export function usePendingApprovals() {
  return useQuery({
    queryKey: ['approvals', 'pending'],
    queryFn: () => call(api.GET('/api/v1/approvals', { params: { query: { mine: 'pending' } } })),
  });
}

/** Who is looking, as the contract buttons need it. */
export function useViewer(): Viewer {
  const { me, session, can } = useMe();
  return {
    userId: me?.user?.id ?? session?.user.id ?? '',
    role: me?.role ?? session?.user.role ?? '',
    manages: can('leads.assign'),
    canApprove: can('contracts.approve'),
    canTerminate: can('contracts.terminate'),
  };
}

export type Transition =
  | { action: 'submit' | 'sign' }
  | { action: 'approve' | 'reject'; comment?: string }
  | { action: 'terminate'; reason: string };

/** A step of the contract's life; every view that shows the contract or its merchant refreshes. */
export function useContractTransition(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (transition: Transition) => {
      const path = { id };
      switch (transition.action) {
        case 'submit':
          return call(api.POST('/api/v1/contracts/{id}/submit', { params: { path }, body: {} }));
        case 'sign':
          return call(api.POST('/api/v1/contracts/{id}/sign', { params: { path }, body: {} }));
        case 'approve':
          return call(
            api.POST('/api/v1/contracts/{id}/approve', {
              params: { path },
              body: transition.comment ? { comment: transition.comment } : {},
            }),
          );
        case 'reject':
          return call(
            api.POST('/api/v1/contracts/{id}/reject', {
              params: { path },
              body: transition.comment ? { comment: transition.comment } : {},
            }),
          );
        case 'terminate':
          return call(
            api.POST('/api/v1/contracts/{id}/terminate', {
              params: { path },
              body: { reason: transition.reason },
            }),
          );
      }
    },
    onSettled: () => invalidateContractViews(queryClient),
  });
}

export function invalidateContractViews(queryClient: ReturnType<typeof useQueryClient>) {
  for (const key of ['contract', 'contracts', 'approvals', 'lead', 'board', 'opportunity']) {
    void queryClient.invalidateQueries({ queryKey: [key] });
  }
}
