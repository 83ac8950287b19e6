import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Tooltip } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import type { Lead360 } from '../../../api/types.ts';
import { useMe } from '../../../auth/use-me.ts';
import { amountInput } from '../../../lib/money.ts';
import { useLanguage } from '../../../shared/use-language.ts';
import { stageLabel } from './board-state.ts';
import { useStages } from './queries.ts';

interface Values {
  title: string;
  amount?: number;
  expectedClose?: Dayjs;
  stageKey?: string;
}

/** Whether the caller may open opportunities or draft contracts on this merchant (the server decides). */
export function useWorksOn(lead: Lead360) {
  const { can, session } = useMe();
  const owned = lead.ownerId !== null && (lead.status === 'private' || lead.status === 'signed');
  return owned && (lead.ownerId === session?.user.id || can('leads.assign'));
}

/** "New opportunity" on the merchant page: a short form, then the opportunity is on the board. */
export function CreateOpportunity({ lead }: { lead: Lead360 }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const stages = useStages();
  const allowed = useWorksOn(lead);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const openStages = stages.stages.filter((stage) => !stage.isWon && !stage.isLost);

  const create = useMutation({
    mutationFn: (values: Values) =>
      call(
        api.POST('/api/v1/leads/{id}/opportunities', {
          params: { path: { id: lead.id } },
          body: {
            title: values.title.trim(),
            ...(values.amount !== undefined && values.amount !== null ? { amount: values.amount } : {}),
            ...(values.expectedClose ? { expectedClose: values.expectedClose.format('YYYY-MM-DD') } : {}),
            ...(values.stageKey ? { stageKey: values.stageKey } : {}),
          },
        }),
      ),
    onSuccess: () => {
      void message.success(t('pipeline.opportunity.created'));
      setOpen(false);
      void queryClient.invalidateQueries({ queryKey: ['lead', lead.id] });
      void queryClient.invalidateQueries({ queryKey: ['board'] });
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });

  const button = (
    <Button type="primary" icon={<PlusOutlined />} disabled={!allowed} onClick={() => setOpen(true)}>
      {t('pipeline.opportunity.create')}
    </Button>
  );
  return (
    <>
      {allowed ? button : <Tooltip title={t('pipeline.opportunity.needsOwner')}>{button}</Tooltip>}
      <Modal
        open={open}
        title={t('pipeline.opportunity.create')}
        okText={t('actions.create')}
        cancelText={t('actions.cancel')}
        confirmLoading={create.isPending}
        onCancel={() => setOpen(false)}
        onOk={() => void form.validateFields().then((values) => create.mutate(values))}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false} initialValues={{ stageKey: openStages[0]?.key }}>
          <Form.Item
            name="title"
            label={t('pipeline.opportunity.title')}
            rules={[{ required: true, whitespace: true, message: t('pipeline.opportunity.titleRequired') }]}
          >
            <Input maxLength={200} autoFocus />
          </Form.Item>
          <Form.Item name="amount" label={t('pipeline.opportunity.amount')}>
            <InputNumber
              {...amountInput}
              min={0}
              max={1e12}
              precision={2}
              step={1000}
              prefix="¥"
              style={{ width: '100%' }}
            />
          </Form.Item>
          <Form.Item name="expectedClose" label={t('pipeline.opportunity.expectedClose')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="stageKey" label={t('pipeline.opportunity.stage')}>
            <Select
              options={openStages.map((stage) => ({ value: stage.key, label: stageLabel(stage, language) }))}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
