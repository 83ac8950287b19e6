import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ButtonProps } from 'antd';
import { App, Button, Form, Input, InputNumber, Modal, Radio, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import { formatDateTime } from '../../../i18n/index.ts';
import { PriceGapList } from '../../../shared/PriceGapList.tsx';
import { useCursorPages } from '../../../shared/use-cursor-pages.ts';
import type { FeedbackTask } from './types.ts';

type Action = 'reprice' | 'take_offline' | 'none';

/** HQ's escalation queue: what the field could not solve, with HQ's direct interventions. */
export default function EscalationsPage() {
  const { t } = useTranslation();
  const pages = useCursorPages('escalations');
  const [acting, setActing] = useState<FeedbackTask | null>(null);
  const list = useQuery({
    queryKey: ['escalations', pages.cursor],
    placeholderData: (previous) => previous,
    queryFn: () =>
      call(
        api.GET('/api/v1/escalations', {
          params: { query: { limit: 50, ...(pages.cursor ? { cursor: pages.cursor } : {}) } },
        }),
      ),
  });
  return (
    <div>
      <div className="page-header">
        <Space orientation="vertical" size={0}>
          <h1>{t('campaigns.escalations.title')}</h1>
          <Typography.Text type="secondary">{t('campaigns.escalations.hint')}</Typography.Text>
        </Space>
      </div>
      <Table<FeedbackTask>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('campaigns.escalations.empty') }}
        columns={[
          {
            title: t('campaigns.editor.merchant'),
            render: (_, x) =>
              x.leadId ? (
                <Link to={`/leads/${x.leadId}`}>
                  <span translate="no">{x.leadName}</span>
                </Link>
              ) : (
                '—'
              ),
          },
          {
            title: t('campaigns.fields.taskTitle'),
            render: (_, x) => (
              <Space orientation="vertical" size={2}>
                <span translate="no">{x.title}</span>
                <PriceGapList gaps={x.context?.priceGaps} compact />
              </Space>
            ),
          },
          {
            title: t('campaigns.editor.assignee'),
            render: (_, x) => <span translate="no">{x.assigneeName}</span>,
          },
          {
            title: t('campaigns.escalations.reason'),
            render: (_, x) => (
              <span translate="no" data-testid="escalation-reason">
                {x.reason}
              </span>
            ),
          },
          {
            title: t('campaigns.escalations.since'),
            render: (_, x) => (x.escalatedAt ? formatDateTime(x.escalatedAt) : '—'),
          },
          {
            title: '',
            render: (_, x) => (
              <Button type="primary" size="small" onClick={() => setActing(x)} data-testid="intervene">
                {t('campaigns.escalations.intervene')}
              </Button>
            ),
          },
        ]}
      />
      {(pages.page > 1 || list.data?.nextCursor) && (
        <Space style={{ marginTop: 12, justifyContent: 'flex-end', width: '100%' }}>
          <Button onClick={pages.previous} disabled={pages.page === 1}>
            {t('desktop.leads.previous')}
          </Button>
          <Button onClick={() => pages.next(list.data?.nextCursor)} disabled={!list.data?.nextCursor}>
            {t('desktop.leads.next')}
          </Button>
        </Space>
      )}
      {acting && <InterveneModal task={acting} onClose={() => setActing(null)} />}
    </div>
  );
}

function InterveneModal({ task, onClose }: { task: FeedbackTask; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ action: Action; dealId?: string; dealPrice?: number; note: string }>();
  const action = Form.useWatch('action', form) ?? 'reprice';
  const deals = useQuery({
    queryKey: ['deals', 'of', task.leadId],
    enabled: task.leadId !== null,
    queryFn: () =>
      call(
        api.GET('/api/v1/deals', {
          params: { query: { leadId: task.leadId!, status: 'online', limit: 50 } },
        }),
      ),
  });
  const intervene = useMutation({
    mutationFn: async () => {
      const v = await form.validateFields();
      return call(
        api.POST('/api/v1/tasks/{id}/intervene', {
          params: { path: { id: task.id } },
          body: {
            action: v.action,
            note: v.note,
            ...(v.action !== 'none' && { dealId: v.dealId }),
            ...(v.action === 'reprice' && { dealPrice: v.dealPrice }),
          },
        }),
      );
    },
    onSuccess: () => {
      void message.success(t('campaigns.escalations.done'));
      void queryClient.invalidateQueries({ queryKey: ['escalations'] });
      void queryClient.invalidateQueries({ queryKey: ['deals'] });
      onClose();
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });
  const online = deals.data?.items ?? [];
  const hasOnline = online.length > 0;
  useEffect(() => {
    if (hasOnline) form.setFieldValue('action', 'reprice');
  }, [hasOnline, form]);
  return (
    <Modal
      open
      title={t('campaigns.escalations.interveneTitle')}
      okText={t('campaigns.escalations.apply')}
      okButtonProps={{ 'data-testid': 'apply-intervention' } as ButtonProps}
      confirmLoading={intervene.isPending}
      onOk={() => intervene.mutate()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary" translate="no">
        {task.leadName} · {task.reason}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ action: 'none' }}>
        <Form.Item name="action" label={t('campaigns.escalations.action')}>
          <Radio.Group
            options={(['reprice', 'take_offline', 'none'] as const).map((a) => ({
              value: a,
              label: t(`campaigns.escalations.actions.${a}`),
              disabled: a !== 'none' && online.length === 0,
            }))}
          />
        </Form.Item>
        {action !== 'none' && (
          <Form.Item
            name="dealId"
            label={t('campaigns.escalations.deal')}
            rules={[{ required: true, message: t('campaigns.escalations.pickDeal') }]}
          >
            <Select
              data-testid="intervene-deal"
              options={online.map((d) => ({
                value: d.id,
                label: `${d.title} · ¥${d.dealPrice} / ¥${d.listPrice}`,
              }))}
            />
          </Form.Item>
        )}
        {action === 'reprice' && (
          <Form.Item
            name="dealPrice"
            label={t('campaigns.escalations.newPrice')}
            rules={[{ required: true, message: t('campaigns.escalations.priceRequired') }]}
          >
            <InputNumber min={0.01} step={1} prefix="¥" style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={t('campaigns.escalations.note')}
          rules={[{ required: true, whitespace: true, message: t('campaigns.escalations.noteRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} data-testid="intervene-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
