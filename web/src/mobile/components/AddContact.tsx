import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Popup, Switch, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client.ts';
import { errorMessage } from '../../api/errors.ts';
import type { BodyOf } from '../../api/types.ts';

type NewContact = BodyOf<'/api/v1/leads/{id}/contacts', 'post'>;

/** Adds a person met at the store; the phone is stored encrypted and shown masked to others. */
export function AddContactButton({ leadId }: { leadId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const [form] = Form.useForm<NewContact>();
  const add = useMutation({
    mutationFn: (body: NewContact) =>
      call(api.POST('/api/v1/leads/{id}/contacts', { params: { path: { id: leadId } }, body })),
    onSuccess: () => {
      Toast.show({ icon: 'success', content: t('contact.added') });
      void queryClient.invalidateQueries({ queryKey: ['lead', leadId] });
      form.resetFields();
      setOpen(false);
    },
    onError: (error) => Toast.show({ icon: 'fail', content: errorMessage(error, t) }),
  });

  const submit = (values: NewContact) => {
    add.mutate({
      name: values.name.trim(),
      ...(values.title?.trim() ? { title: values.title.trim() } : {}),
      ...(values.phone?.trim() ? { phone: values.phone.trim() } : {}),
      isKeyPerson: Boolean(values.isKeyPerson),
    });
  };

  return (
    <>
      <Button fill="outline" onClick={() => setOpen(true)}>
        {t('mobile.merchant.actions.addContact')}
      </Button>
      <Popup visible={open} onMaskClick={() => setOpen(false)} bodyStyle={{ borderRadius: '12px 12px 0 0' }}>
        <Form
          form={form}
          layout="horizontal"
          onFinish={submit}
          footer={
            <Button block type="submit" color="primary" loading={add.isPending}>
              {t('contact.add')}
            </Button>
          }
        >
          <Form.Header>{t('contact.add')}</Form.Header>
          <Form.Item
            name="name"
            label={t('contact.name')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('login.required', { field: t('contact.name') }),
              },
            ]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="title" label={t('contact.position')}>
            <Input />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('contact.phone')}
            rules={[{ pattern: /^[0-9+()\- ,;/转]{3,64}$/, message: t('contact.invalidPhone') }]}
          >
            <Input type="tel" />
          </Form.Item>
          <Form.Item
            name="isKeyPerson"
            label={t('contact.keyPerson')}
            childElementPosition="right"
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
        </Form>
      </Popup>
    </>
  );
}
