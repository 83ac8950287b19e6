import { ReloadOutlined } from '@ant-design/icons';
import { App, Badge, Button, Segmented, Select, Space, Typography } from 'antd';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../../api/errors.ts';
import type { Board, BoardColumn } from '../../../api/types.ts';
import { useMe } from '../../../auth/use-me.ts';
import { formatMoney } from '../../../lib/money.ts';
import { useLanguage } from '../../../shared/use-language.ts';
import { useNow } from '../../../shared/use-now.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { ReasonModal } from '../../components/ReasonModal.tsx';
import { useUsers } from '../../lookups.ts';
import { BoardCard, DRAG_TYPE } from './BoardCard.tsx';
import { dropIntent, localDay, stageLabel } from './board-state.ts';
import { OpportunityDrawer } from './OpportunityDrawer.tsx';
import { type BoardFilter, boardKey, type StageMove, useBoard, useMoveStage } from './queries.ts';

/** The opportunity kanban: a column per stage of the tenant, cards dragged between them. */
export default function BoardPage() {
  const { t } = useTranslation();
  const { can } = useMe();
  const users = useUsers();
  const [params, setParams] = useSearchParams();
  const manager = can('leads.assign');
  const filter: BoardFilter = {
    scope: manager && params.get('scope') !== 'mine' ? 'team' : 'mine',
    ownerId: manager ? (params.get('owner') ?? undefined) : undefined,
  };
  const board = useBoard(filter);
  const setFilter = (next: Partial<Record<'scope' | 'owner', string | undefined>>) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    setParams(merged, { replace: true });
  };

  return (
    <div>
      <div className="page-header">
        <Space orientation="vertical" size={0}>
          <h1>{t('pipeline.board.title')}</h1>
          <Typography.Text type="secondary">{t('pipeline.board.hint')}</Typography.Text>
        </Space>
        <Space wrap>
          {manager && (
            <Segmented
              value={filter.scope}
              onChange={(scope) => setFilter({ scope: String(scope), owner: undefined })}
              options={[
                { value: 'mine', label: t('pipeline.board.scope.mine') },
                { value: 'team', label: t('pipeline.board.scope.team') },
              ]}
            />
          )}
          {manager && filter.scope === 'team' && (
            <Select
              allowClear
              style={{ width: 200 }}
              placeholder={t('pipeline.board.anyOwner')}
              aria-label={t('pipeline.opportunity.owner')}
              value={filter.ownerId}
              onChange={(owner?: string) => setFilter({ owner })}
              showSearch={{ optionFilterProp: 'label' }}
              options={users.users
                .filter((user) => user.active && (user.role === 'bd' || user.role === 'bd_manager'))
                .map((user) => ({ value: user.id, label: user.displayName }))}
            />
          )}
          <Button icon={<ReloadOutlined />} onClick={() => void board.refetch()}>
            {t('actions.refresh')}
          </Button>
        </Space>
      </div>
      <QueryState query={board}>
        {(data) => <Kanban board={data} filter={filter} nameOf={users.nameOf} />}
      </QueryState>
    </div>
  );
}

function Kanban({
  board,
  filter,
  nameOf,
}: {
  board: Board;
  filter: BoardFilter;
  nameOf: (id: string | null) => string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = useLanguage();
  const today = localDay(useNow(60_000));
  const move = useMoveStage(boardKey(filter));
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const [askLost, setAskLost] = useState<{ id: string; title: string; stageKey: string } | null>(null);
  const [opened, setOpened] = useState<{ id: string; leadName?: string } | null>(null);
  const stages = board.columns.map((column) => column.stage);

  const perform = (change: StageMove, title: string, stageName: string) =>
    move.mutate(change, {
      onSuccess: () => void message.success(t('pipeline.board.moved', { stage: stageName })),
      onError: (error) =>
        void message.error(t('pipeline.board.moveFailed', { title, reason: errorMessage(error, t) })),
    });

  const requestMove = (id: string, stageKey: string) => {
    const intent = dropIntent(board, id, stageKey);
    if (intent.kind === 'none') return;
    if (intent.kind === 'ask_lost_reason') {
      setAskLost({ id, title: intent.card.title, stageKey });
      return;
    }
    perform({ id, stageKey }, intent.card.title, stageLabel(intent.to, language));
  };

  const drop = (event: DragEvent, stageKey: string) => {
    event.preventDefault();
    const id = event.dataTransfer.getData(DRAG_TYPE) || dragging;
    setDragging(null);
    setOver(null);
    if (id) requestMove(id, stageKey);
  };

  const lostStage = askLost ? stages.find((stage) => stage.key === askLost.stageKey) : undefined;

  return (
    <>
      <div className="board" data-testid="board">
        {board.columns.map((column) => (
          <section
            key={column.stage.key}
            className={`board-column board-column-${kindOf(column)}${over === column.stage.key ? ' drop-target' : ''}`}
            data-testid="board-column"
            data-stage={column.stage.key}
            aria-label={stageLabel(column.stage, language)}
            onDragOver={(event) => {
              if (!dragging && !event.dataTransfer.types.includes(DRAG_TYPE)) return;
              event.preventDefault();
              event.dataTransfer.dropEffect = 'move';
              if (over !== column.stage.key) setOver(column.stage.key);
            }}
            onDragLeave={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(null);
            }}
            onDrop={(event) => drop(event, column.stage.key)}
          >
            <header className="board-column-head">
              <div className="board-column-title">
                <strong className="board-column-name">{stageLabel(column.stage, language)}</strong>
                <Badge
                  count={column.count}
                  showZero
                  overflowCount={9999}
                  color={column.count > 0 ? '#1677ff' : '#bfbfbf'}
                  title={t('pipeline.board.count', { count: column.count })}
                />
              </div>
              <div className="board-column-sub">
                <span className="board-column-amount" data-testid="column-amount">
                  {formatMoney(column.amount, language)}
                </span>
                <Typography.Text type="secondary">
                  {t('pipeline.board.probability', { value: column.stage.probability })}
                </Typography.Text>
              </div>
            </header>
            <div className="board-column-body">
              {column.items.map((card) => (
                <BoardCard
                  key={card.id}
                  card={card}
                  stage={column.stage}
                  stages={stages}
                  ownerName={nameOf(card.ownerId)}
                  today={today}
                  dragging={dragging === card.id}
                  onDragStart={setDragging}
                  onDragEnd={() => {
                    setDragging(null);
                    setOver(null);
                  }}
                  onMove={requestMove}
                  onOpen={(id) => setOpened({ id, leadName: card.leadName })}
                />
              ))}
              {column.items.length === 0 && dragging && (
                <div className="board-column-empty">{t('pipeline.board.empty')}</div>
              )}
              {column.count > column.items.length && (
                <Typography.Text type="secondary" className="board-column-more">
                  {t('pipeline.board.more', { count: column.count - column.items.length })}
                </Typography.Text>
              )}
            </div>
          </section>
        ))}
      </div>
      <ReasonModal
        open={askLost !== null}
        title={t('pipeline.board.lostTitle')}
        hint={
          askLost && lostStage
            ? t('pipeline.board.lostHint', { title: askLost.title, stage: stageLabel(lostStage, language) })
            : undefined
        }
        label={t('pipeline.opportunity.lostReason')}
        required={t('pipeline.board.lostRequired')}
        danger
        onCancel={() => setAskLost(null)}
        onOk={(lostReason) => {
          if (!askLost || !lostStage) return;
          perform(
            { id: askLost.id, stageKey: askLost.stageKey, lostReason },
            askLost.title,
            stageLabel(lostStage, language),
          );
          setAskLost(null);
        }}
      />
      <OpportunityDrawer
        id={opened?.id ?? null}
        leadName={opened?.leadName}
        onClose={() => setOpened(null)}
      />
    </>
  );
}

function kindOf(column: BoardColumn): 'won' | 'lost' | 'open' {
  if (column.stage.isWon) return 'won';
  return column.stage.isLost ? 'lost' : 'open';
}
