import { CalendarOutlined, ShopOutlined, UserOutlined } from '@ant-design/icons';
import { Select, Tooltip, Typography } from 'antd';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Opportunity, Stage } from '../../../api/types.ts';
import { formatDate } from '../../../i18n/index.ts';
import { formatMoney } from '../../../lib/money.ts';
import { useLanguage } from '../../../shared/use-language.ts';
import { isOverdue, stageLabel } from './board-state.ts';

export const DRAG_TYPE = 'application/x-groundwork-opportunity';

/**
 * One opportunity on the board. It can be dragged to another column, or moved with the stage
 * select (reachable with the keyboard and for anyone who cannot drag).
 */
export function BoardCard({
  card,
  stage,
  stages,
  ownerName,
  today,
  dragging,
  onDragStart,
  onDragEnd,
  onMove,
  onOpen,
}: {
  card: Opportunity;
  stage: Stage;
  stages: Stage[];
  ownerName: string;
  today: string;
  dragging: boolean;
  onDragStart: (id: string) => void;
  onDragEnd: () => void;
  onMove: (id: string, stageKey: string) => void;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const overdue = isOverdue(card, stage, today);
  const start = (event: DragEvent) => {
    event.dataTransfer.setData(DRAG_TYPE, card.id);
    event.dataTransfer.setData('text/plain', card.title);
    event.dataTransfer.effectAllowed = 'move';
    onDragStart(card.id);
  };
  return (
    <article
      className={`board-card${dragging ? ' dragging' : ''}`}
      draggable
      onDragStart={start}
      onDragEnd={onDragEnd}
      data-testid="board-card"
      data-id={card.id}
    >
      <Typography.Link className="board-card-title" onClick={() => onOpen(card.id)} translate="no">
        {card.title}
      </Typography.Link>
      <div className="board-card-line">
        <ShopOutlined />
        <Link to={`/leads/${card.leadId}`} translate="no" draggable={false}>
          {card.leadName || `#${card.leadId}`}
        </Link>
      </div>
      <div className="board-card-amount">{formatMoney(card.amount, language)}</div>
      <div className="board-card-meta">
        <span>
          <UserOutlined /> <span translate="no">{ownerName}</span>
        </span>
        {card.expectedClose && (
          <Tooltip title={overdue ? t('pipeline.board.overdue') : t('pipeline.opportunity.expectedClose')}>
            <span className={overdue ? 'board-card-overdue' : undefined}>
              <CalendarOutlined /> {formatDate(`${card.expectedClose}T00:00:00`)}
            </span>
          </Tooltip>
        )}
      </div>
      <Select
        size="small"
        className="board-card-stage"
        aria-label={t('pipeline.board.moveTo')}
        value={card.stageKey}
        onChange={(stageKey) => onMove(card.id, stageKey)}
        options={stages.map((s) => ({ value: s.key, label: stageLabel(s, language) }))}
      />
    </article>
  );
}
