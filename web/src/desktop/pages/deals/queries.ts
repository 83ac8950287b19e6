import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { ApiError, api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import { useMe } from '../../../auth/use-me.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import type { DealViewer } from './deal-rules.ts';
import { reasonLabel } from './deal-rules.ts';

export function useDeal(id: string | null) {
  return useQuery({
    queryKey: ['deal', id],
    enabled: id !== null,
    queryFn: () => call(api.GET('/api/v1/deals/{id}', { params: { path: { id: id ?? '' } } })),
  });
}

/** The reviewers' checklist (codes with both labels); it changes with a release, not a click. */
export function useChecklist() {
  const query = useQuery({
    queryKey: ['deal-checklist'],
    staleTime: 60 * 60_000,
    queryFn: () => call(api.GET('/api/v1/deals/audit-checklist')),
  });
  const items = query.data?.items ?? [];
  return {
    ...query,
    items,
    label: (code: string) => reasonLabel(code, items, currentLanguage() === 'en-US'),
  };
}

export function useDealViewer(): DealViewer {
  const { me, session, can } = useMe();
  return {
    userId: me?.user?.id ?? session?.user.id ?? '',
    role: me?.role ?? session?.user.role ?? '',
    canDraft: can('deals.draft'),
    canAudit: can('deals.audit'),
    canOffline: can('deals.offline'),
  };
}

export type DealTransition =
  | { action: 'submit' }
  | { action: 'approve'; comment?: string }
  | { action: 'reject'; reasons: string[]; comment?: string }
  | { action: 'offline'; reason: string };

/** A step of the deal's life; every view that lists deals or shows its merchant refreshes. */
export function useDealTransition(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (transition: DealTransition) => {
      const path = { id };
      switch (transition.action) {
        case 'submit':
          return call(api.POST('/api/v1/deals/{id}/submit', { params: { path }, body: {} }));
        case 'approve':
          return call(
            api.POST('/api/v1/deals/{id}/approve', {
              params: { path },
              body: transition.comment ? { comment: transition.comment } : {},
            }),
          );
        case 'reject':
          return call(
            api.POST('/api/v1/deals/{id}/reject', {
              params: { path },
              body: {
                reasons: transition.reasons as never,
                ...(transition.comment ? { comment: transition.comment } : {}),
              },
            }),
          );
        case 'offline':
          return call(
            api.POST('/api/v1/deals/{id}/offline', { params: { path }, body: { reason: transition.reason } }),
          );
      }
    },
    onSettled: () => invalidateDealViews(queryClient),
  });
}

export function invalidateDealViews(queryClient: ReturnType<typeof useQueryClient>) {
  for (const key of ['deal', 'deals', 'deal-audit', 'lead', 'portfolio']) {
    void queryClient.invalidateQueries({ queryKey: [key] });
  }
}

/**
 * A refusal in the user's words; a submission that fails the server's own checks names the
 * checklist items it fails.
 */
export function dealErrorMessage(error: unknown, t: TFunction, label: (code: string) => string): string {
  if (error instanceof ApiError && error.code === 'deal_not_ready') {
    const reasons = (error.problem as { reasons?: unknown }).reasons;
    if (Array.isArray(reasons) && reasons.length > 0)
      return t('deals.notReady', {
        reasons: reasons.map((code) => label(String(code))).join(currentLanguage() === 'en-US' ? '; ' : '；'),
      });
  }
  return errorMessage(error, t);
}
