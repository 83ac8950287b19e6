import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Empty, Row, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import { formatDistance } from '../../../lib/geo.ts';
import { score } from './parts.tsx';
import type { MatchCandidate } from './types.ts';

/** One pair: the competitor's store next to our merchant, and the two answers. */
function Pair({ pair, onDecided }: { pair: MatchCandidate; onDecided: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const decide = useMutation({
    mutationFn: (decision: 'confirm' | 'reject') =>
      call(
        decision === 'confirm'
          ? api.POST('/api/v1/competitors/matches/{id}/confirm', { params: { path: { id: pair.id } } })
          : api.POST('/api/v1/competitors/matches/{id}/reject', { params: { path: { id: pair.id } } }),
      ),
    onSuccess: (_, decision) => {
      void message.success(
        t(decision === 'confirm' ? 'competitors.review.confirmed' : 'competitors.review.rejected'),
      );
      onDecided();
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });
  const side = (title: string, name: React.ReactNode, address: string | null) => (
    <Descriptions size="small" column={1} title={title}>
      <Descriptions.Item label={t('competitors.field.name')}>{name}</Descriptions.Item>
      <Descriptions.Item label={t('competitors.field.address')}>
        <span translate="no">{address ?? '—'}</span>
      </Descriptions.Item>
    </Descriptions>
  );
  return (
    <Card
      size="small"
      data-testid="match-pair"
      title={
        <Space>
          <Tag color="gold">
            {t('competitors.field.score')} {score(pair.score)}
          </Tag>
          <span>
            {t('competitors.field.nameScore')} {score(pair.nameScore)} · {t('competitors.field.distance')}{' '}
            {formatDistance(pair.distanceM, t)}
          </span>
        </Space>
      }
      extra={
        <Space>
          <Button type="primary" loading={decide.isPending} onClick={() => decide.mutate('confirm')}>
            {t('competitors.review.confirm')}
          </Button>
          <Button danger loading={decide.isPending} onClick={() => decide.mutate('reject')}>
            {t('competitors.review.reject')}
          </Button>
        </Space>
      }
    >
      <Row gutter={24}>
        <Col span={12}>
          {side(
            `${t('competitors.review.theirs')} · ${pair.store.platform}`,
            <span translate="no">{pair.store.name}</span>,
            pair.store.address,
          )}
        </Col>
        <Col span={12}>
          {side(
            t('competitors.review.ours'),
            <Link to={`/leads/${pair.lead.id}`} translate="no">
              {pair.lead.name}
            </Link>,
            pair.lead.address,
          )}
        </Col>
      </Row>
    </Card>
  );
}

export function ReviewQueue() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const queue = useQuery({
    queryKey: ['competitors', 'matches'],
    queryFn: () => call(api.GET('/api/v1/competitors/matches', { params: { query: { limit: 50 } } })),
  });
  const refresh = () => void client.invalidateQueries({ queryKey: ['competitors'] });
  if (!queue.isPending && (queue.data?.items.length ?? 0) === 0)
    return <Empty description={t('competitors.review.empty')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={12}>
      {(queue.data?.items ?? []).map((pair) => (
        <Pair key={pair.id} pair={pair} onDecided={refresh} />
      ))}
    </Space>
  );
}
