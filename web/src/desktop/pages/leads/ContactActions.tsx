import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import type { BodyOf } from '../../../api/types.ts';

type NewContact = BodyOf<'/api/v1/leads/{id}/contacts', 'post'>;

/** Adds a person of the store (phone stored encrypted, masked for others). */
export function AddContact({ leadId }: { leadId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<NewContact>();
  const add = useMutation({
    mutationFn: (values: NewContact) =>
      call(
        api.POST('/api/v1/leads/{id}/contacts', {
          params: { path: { id: leadId } },
          body: {
            name: values.name.trim(),
            ...(values.title?.trim() ? { title: values.title.trim() } : {}),
            ...(values.phone?.trim() ? { phone: values.phone.trim() } : {}),
            isKeyPerson: Boolean(values.isKeyPerson),
          },
        }),
      ),
    onSuccess: () => {
      void message.success(t('contact.added'));
      setOpen(false);
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: ['lead', leadId] });
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('contact.add')}</Button>
      <Modal
        open={open}
        title={t('contact.add')}
        okText={t('actions.save')}
        cancelText={t('actions.cancel')}
        confirmLoading={add.isPending}
        onOk={() => void form.validateFields().then((values) => add.mutate(values))}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item
            name="name"
            label={t('contact.name')}
            rules={[{ required: true, whitespace: true, message: t('contact.name') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="title" label={t('contact.position')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('contact.phone')}
            rules={[{ pattern: /^[0-9+()\- ,;/转]{3,64}$/, message: t('contact.invalidPhone') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="isKeyPerson" valuePropName="checked">
            <Checkbox>{t('contact.keyPerson')}</Checkbox>
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/**
 * The store phone; a masked one can be shown in full by those the server grants
 * `leads.revealPhone` (it still decides per lead and audits every reveal). Reps are told to claim
 * the store instead.
 */
export function StorePhone({
  leadId,
  phone,
  masked,
  canReveal,
}: {
  leadId: string;
  phone: string | null;
  masked: boolean;
  canReveal: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [revealed, setRevealed] = useState<string | null>(null);
  const reveal = useMutation({
    mutationFn: () => call(api.POST('/api/v1/leads/{id}/reveal-phone', { params: { path: { id: leadId } } })),
    onSuccess: (answer) => setRevealed(answer.phone ?? '—'),
    onError: (error) => void message.error(errorMessage(error, t)),
  });
  if (revealed !== null) {
    return (
      <span translate="no" data-testid="revealed-phone">
        {revealed}
      </span>
    );
  }
  return (
    <span>
      <span translate="no">{phone ?? '—'}</span>
      {masked && !canReveal && <Typography.Text type="secondary"> · {t('lead.masked')}</Typography.Text>}
      {masked && canReveal && (
        <Button size="small" type="link" loading={reveal.isPending} onClick={() => reveal.mutate()}>
          {t('lead.revealPhone')}
        </Button>
      )}
    </span>
  );
}
