import { describe, expect, it } from 'vitest';
import type { Board, Opportunity, Stage } from '../../../api/types.ts';
import { dropIntent, isOverdue, moveCard, stageLabel } from './board-state.ts';

const stage = (key: string, flags: Partial<Stage> = {}): Stage => ({
  key,
  labelZh: `阶段${key}`,
  labelEn: `Stage ${key}`,
  probability: 10,
  isWon: false,
  isLost: false,
  ...flags,
});

const card = (id: string, stageKey: string, amount: number | null): Opportunity => ({
  id,
  leadId: '1',
  leadName: '门店',
  ownerId: '7',
  title: `opportunity ${id}`,
  stageKey,
  amount,
  expectedClose: '2026-12-01',
  lostReason: null,
  attrs: {},
  closedAt: null,
  createdAt: '2026-11-25T08:00:00.000Z',
  updatedAt: '2026-11-25T08:00:00.000Z',
});

const board = (): Board => ({
  columns: [
    {
      stage: stage('visit'),
      count: 3,
      amount: 3000,
      items: [card('1', 'visit', 1000), card('2', 'visit', null)],
    },
    { stage: stage('proposal'), count: 1, amount: 500, items: [card('3', 'proposal', 500)] },
    { stage: stage('won', { isWon: true }), count: 0, amount: 0, items: [] },
    { stage: stage('lost', { isLost: true }), count: 0, amount: 0, items: [] },
  ],
});

const column = (b: Board, key: string) => b.columns.find((c) => c.stage.key === key)!;

describe('moving a card on the board', () => {
  it('takes it out of its column and puts it on top of the target, totals following', () => {
    const after = moveCard(board(), '1', 'proposal');
    expect(column(after, 'visit')).toMatchObject({ count: 2, amount: 2000 });
    expect(column(after, 'visit').items.map((c) => c.id)).toEqual(['2']);
    expect(column(after, 'proposal')).toMatchObject({ count: 2, amount: 1500 });
    expect(column(after, 'proposal').items.map((c) => [c.id, c.stageKey])).toEqual([
      ['1', 'proposal'],
      ['3', 'proposal'],
    ]);
  });

  it('counts a card without an amount but adds nothing to the total', () => {
    const after = moveCard(board(), '2', 'won');
    expect(column(after, 'won')).toMatchObject({ count: 1, amount: 0 });
    expect(column(after, 'visit')).toMatchObject({ count: 2, amount: 3000 });
  });

  it('records the lost reason on a lost card and clears it when the card comes back', () => {
    const lost = moveCard(board(), '3', 'lost', 'chose a competitor');
    expect(column(lost, 'lost').items[0]).toMatchObject({ id: '3', lostReason: 'chose a competitor' });
    const back = moveCard(lost, '3', 'visit');
    expect(column(back, 'visit').items[0]).toMatchObject({ id: '3', lostReason: null });
  });

  it('leaves the board as it is for an unknown card, an unknown stage or the same stage', () => {
    const before = board();
    expect(moveCard(before, '99', 'won')).toBe(before);
    expect(moveCard(before, '1', 'nowhere')).toBe(before);
    expect(moveCard(before, '1', 'visit')).toBe(before);
  });

  it('does not change the board it was given (a failed move restores it)', () => {
    const before = board();
    const copy = structuredClone(before);
    moveCard(before, '1', 'won');
    expect(before).toEqual(copy);
  });
});

describe('dropping a card', () => {
  it('asks for a reason only when the target stage means lost', () => {
    expect(dropIntent(board(), '1', 'lost').kind).toBe('ask_lost_reason');
    expect(dropIntent(board(), '1', 'won').kind).toBe('move');
    expect(dropIntent(board(), '1', 'visit').kind).toBe('none');
    expect(dropIntent(board(), 'gone', 'won').kind).toBe('none');
  });
});

describe('cards', () => {
  it('are overdue only while open and past the expected close', () => {
    const open = card('1', 'visit', 1);
    expect(isOverdue(open, stage('visit'), '2026-12-02')).toBe(true);
    expect(isOverdue(open, stage('visit'), '2026-12-01')).toBe(false);
    expect(isOverdue(open, stage('won', { isWon: true }), '2027-01-01')).toBe(false);
    expect(isOverdue({ ...open, expectedClose: null }, stage('visit'), '2027-01-01')).toBe(false);
  });

  it('name stages in the user’s language, Chinese when there is no English name', () => {
    expect(stageLabel(stage('visit'), 'en-US')).toBe('Stage visit');
    expect(stageLabel(stage('visit'), 'zh-CN')).toBe('阶段visit');
    expect(stageLabel({ labelZh: '初访', labelEn: '' }, 'en-US')).toBe('初访');
  });
});
