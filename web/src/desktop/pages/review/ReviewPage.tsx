import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Empty, Input, List, Modal, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import type { ResponseOf } from '../../../api/types.ts';
import { formatDistance } from '../../../lib/geo.ts';
import { useCursorPages } from '../../../shared/use-cursor-pages.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { Comparison } from './Comparison.tsx';

type ReviewItem = ResponseOf<'/api/v1/review/leads', 'get'>['items'][number];

/** New leads waiting for a reviewer: approve, reject, or merge into a duplicate side by side. */
export default function ReviewPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const pages = useCursorPages('review');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [candidateId, setCandidateId] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const queue = useQuery({
    queryKey: ['review', pages.cursor],
    queryFn: () =>
      call(
        api.GET('/api/v1/review/leads', {
          params: { query: { limit: 50, ...(pages.cursor ? { cursor: pages.cursor } : {}) } },
        }),
      ),
  });
  const items = queue.data?.items ?? [];
  const selected: ReviewItem | undefined = items.find((item) => item.lead.id === selectedId) ?? items[0];
  const candidate = selected?.duplicates.find((d) => d.id === candidateId) ?? selected?.duplicates[0];

  const decide = useMutation({
    mutationFn: async (decision: 'approve' | 'reject' | 'merge') => {
      const path = { id: selected!.lead.id };
      if (decision === 'approve')
        return call(api.POST('/api/v1/review/leads/{id}/approve', { params: { path } }));
      if (decision === 'reject')
        return call(api.POST('/api/v1/review/leads/{id}/reject', { params: { path }, body: { reason } }));
      return call(
        api.POST('/api/v1/review/leads/{id}/merge', { params: { path }, body: { intoId: candidate!.id } }),
      );
    },
    onSuccess: () => {
      void message.success(t('desktop.lead.done'));
      setSelectedId(null);
      setCandidateId(null);
      setRejecting(false);
      setReason('');
      void queryClient.invalidateQueries({ queryKey: ['review'] });
      void queryClient.invalidateQueries({ queryKey: ['leads'] });
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });

  return (
    <div>
      <div className="page-header">
        <h1>{t('desktop.menu.review')}</h1>
      </div>
      <QueryState query={queue} isEmpty={(data) => data.items.length === 0}>
        {() => (
          <Row gutter={16}>
            <Col span={7}>
              <Card size="small" title={t('desktop.review.queue')}>
                <List
                  dataSource={items}
                  renderItem={(item) => (
                    <List.Item
                      data-testid="review-item"
                      onClick={() => {
                        setSelectedId(item.lead.id);
                        setCandidateId(null);
                      }}
                      style={{
                        cursor: 'pointer',
                        background: item.lead.id === selected?.lead.id ? '#e6f4ff' : undefined,
                        paddingInline: 8,
                      }}
                    >
                      <Space direction="vertical" size={0}>
                        <span translate="no">{item.lead.name}</span>
                        <Typography.Text type="secondary">
                          {t('desktop.review.duplicateCount', { count: item.duplicates.length })}
                        </Typography.Text>
                      </Space>
                    </List.Item>
                  )}
                />
                <Space style={{ marginTop: 8 }}>
                  <Button size="small" onClick={pages.previous} disabled={pages.page === 1}>
                    {t('desktop.leads.previous')}
                  </Button>
                  <Button
                    size="small"
                    onClick={() => pages.next(queue.data?.nextCursor)}
                    disabled={!queue.data?.nextCursor}
                  >
                    {t('desktop.leads.next')}
                  </Button>
                </Space>
              </Card>
            </Col>
            <Col span={17}>
              {selected && (
                <Card
                  size="small"
                  title={t('desktop.review.compare')}
                  extra={
                    <Space>
                      <Button
                        type="primary"
                        loading={decide.isPending}
                        onClick={() => decide.mutate('approve')}
                      >
                        {t('desktop.review.approve')}
                      </Button>
                      <Button danger onClick={() => setRejecting(true)}>
                        {t('desktop.review.reject')}
                      </Button>
                      {candidate && (
                        <Button
                          onClick={() =>
                            Modal.confirm({
                              title: t('desktop.review.mergeConfirm'),
                              okText: t('actions.confirm'),
                              cancelText: t('actions.cancel'),
                              onOk: () => decide.mutateAsync('merge'),
                            })
                          }
                        >
                          {t('desktop.review.merge')}
                        </Button>
                      )}
                    </Space>
                  }
                >
                  {selected.duplicates.length > 1 && (
                    <Space wrap style={{ marginBottom: 12 }}>
                      {selected.duplicates.map((d) => (
                        <Tag.CheckableTag
                          key={d.id}
                          checked={d.id === candidate?.id}
                          onChange={() => setCandidateId(d.id)}
                        >
                          <span translate="no">{d.name}</span>
                          {d.distanceM !== null && ` · ${formatDistance(d.distanceM, t)}`}
                        </Tag.CheckableTag>
                      ))}
                    </Space>
                  )}
                  {candidate ? (
                    <Comparison pending={selected.lead} candidate={candidate} />
                  ) : (
                    <Empty description={t('desktop.review.noDuplicates')} />
                  )}
                </Card>
              )}
            </Col>
          </Row>
        )}
      </QueryState>
      <Modal
        open={rejecting}
        title={t('desktop.review.reject')}
        okText={t('actions.confirm')}
        cancelText={t('actions.cancel')}
        okButtonProps={{ disabled: !reason.trim(), loading: decide.isPending }}
        onOk={() => decide.mutate('reject')}
        onCancel={() => setRejecting(false)}
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          placeholder={t('desktop.leads.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </div>
  );
}
