import { type QueryKey, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../../api/client.ts';
import type { Board, Stage } from '../../../api/types.ts';
import { useLanguage } from '../../../shared/use-language.ts';
import { moveCard, stageLabel } from './board-state.ts';

/** The tenant's opportunity stages in order, with their names in the user's language. */
export function useStages() {
  const language = useLanguage();
  const query = useQuery({
    queryKey: ['stages', 'opportunity'],
    staleTime: 5 * 60_000,
    queryFn: () => call(api.GET('/api/v1/settings/stages/opportunity')),
  });
  const stages = query.data?.items ?? [];
  const byKey = new Map(stages.map((stage) => [stage.key, stage]));
  return {
    ...query,
    stages,
    stageOf: (key: string): Stage | undefined => byKey.get(key),
    label: (key: string) => {
      const stage = byKey.get(key);
      return stage ? stageLabel(stage, language) : key;
    },
  };
}

export interface BoardFilter {
  scope: 'mine' | 'team';
  ownerId?: string;
}

export const boardKey = (filter: BoardFilter): QueryKey => ['board', filter.scope, filter.ownerId ?? ''];

export function useBoard(filter: BoardFilter) {
  return useQuery({
    queryKey: boardKey(filter),
    queryFn: () =>
      call(
        api.GET('/api/v1/opportunities/board', {
          params: {
            query: {
              scope: filter.scope,
              perStage: 50,
              ...(filter.ownerId ? { ownerId: filter.ownerId } : {}),
            },
          },
        }),
      ),
  });
}

export interface StageMove {
  id: string;
  stageKey: string;
  lostReason?: string;
}

/**
 * Moves a card at once on the board shown under `key`; the server's refusal puts it back. Lists
 * and merchant pages that show the opportunity are refreshed either way.
 */
export function useMoveStage(key: QueryKey) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (move: StageMove) =>
      call(
        api.POST('/api/v1/opportunities/{id}/stage', {
          params: { path: { id: move.id } },
          body: { stageKey: move.stageKey, ...(move.lostReason ? { lostReason: move.lostReason } : {}) },
        }),
      ),
    onMutate: async (move) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Board>(key);
      if (previous)
        queryClient.setQueryData(key, moveCard(previous, move.id, move.stageKey, move.lostReason));
      return { previous };
    },
    onError: (_error, _move, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['board'] });
      void queryClient.invalidateQueries({ queryKey: ['opportunity'] });
      void queryClient.invalidateQueries({ queryKey: ['lead'] });
    },
  });
}
