import type { Board, Opportunity, Stage } from '../../../api/types.ts';
import type { Language } from '../../../i18n/index.ts';

/** A stage's name in the user's language (the tenant names each stage in both). */
export function stageLabel(stage: Pick<Stage, 'labelZh' | 'labelEn'>, language: Language): string {
  return language === 'en-US' ? stage.labelEn || stage.labelZh : stage.labelZh;
}

export function findCard(board: Board, id: string): { card: Opportunity; stage: Stage } | undefined {
  for (const column of board.columns) {
    const card = column.items.find((item) => item.id === id);
    if (card) return { card, stage: column.stage };
  }
  return undefined;
}

export type DropIntent =
  | { kind: 'none' }
  | { kind: 'move'; card: Opportunity; to: Stage }
  | { kind: 'ask_lost_reason'; card: Opportunity; to: Stage };

/** What dropping card `id` on stage `toStage` means: nothing, a move, or a move that needs a reason. */
export function dropIntent(board: Board, id: string, toStage: string): DropIntent {
  const found = findCard(board, id);
  const to = board.columns.find((column) => column.stage.key === toStage)?.stage;
  if (!found || !to || found.stage.key === to.key) return { kind: 'none' };
  return { kind: to.isLost ? 'ask_lost_reason' : 'move', card: found.card, to };
}

/**
 * The board as it will be once the server moves the card: out of its column, on top of the
 * target's, both columns' counts and amounts adjusted. The same board when there is nothing to move.
 */
export function moveCard(board: Board, id: string, toStage: string, lostReason?: string): Board {
  const found = findCard(board, id);
  if (!found || found.stage.key === toStage) return board;
  if (!board.columns.some((column) => column.stage.key === toStage)) return board;
  const amount = found.card.amount ?? 0;
  const target = board.columns.find((column) => column.stage.key === toStage)!.stage;
  const moved: Opportunity = {
    ...found.card,
    stageKey: toStage,
    lostReason: target.isLost ? (lostReason ?? found.card.lostReason) : null,
  };
  return {
    ...board,
    columns: board.columns.map((column) => {
      if (column.stage.key === found.stage.key) {
        return {
          ...column,
          count: Math.max(0, column.count - 1),
          amount: column.amount - amount,
          items: column.items.filter((item) => item.id !== id),
        };
      }
      if (column.stage.key === toStage) {
        return {
          ...column,
          count: column.count + 1,
          amount: column.amount + amount,
          items: [moved, ...column.items],
        };
      }
      return column;
    }),
  };
}

/** An open opportunity whose expected close has passed (days compared as YYYY-MM-DD). */
export function isOverdue(card: Opportunity, stage: Stage, today: string): boolean {
  return !stage.isWon && !stage.isLost && card.expectedClose !== null && card.expectedClose < today;
}

/** Today in the browser's time zone, as the API writes days. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
