import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import type { BodyOf, ResponseOf } from '../../../api/types.ts';
import { QueryState } from '../../components/QueryState.tsx';

const OBJECTS = ['lead', 'contact', 'opportunity', 'contract', 'deal'] as const;
type FieldObject = (typeof OBJECTS)[number];
const TYPES = ['text', 'number', 'money', 'date', 'bool', 'enum', 'multi_enum', 'phone'] as const;
type Field = ResponseOf<'/api/v1/fields/{object}', 'get'>['items'][number];
type NewField = BodyOf<'/api/v1/fields/{object}', 'post'>;

/** Custom fields per object: the labels in both languages, type, options, flags. */
export default function FieldsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [object, setObject] = useState<FieldObject>('lead');
  const [editing, setEditing] = useState<Field | 'new' | null>(null);
  const [form] = Form.useForm<NewField & { active?: boolean }>();
  const fields = useQuery({
    queryKey: ['fields', object, 'all'],
    queryFn: () => call(api.GET('/api/v1/fields/{object}', { params: { path: { object } } })),
  });
  const save = useMutation({
    mutationFn: async (values: NewField & { active?: boolean }) => {
      const options = (values.options ?? []).filter((option) => option?.value);
      if (editing === 'new') {
        const { active: _unused, ...body } = values;
        return call(
          api.POST('/api/v1/fields/{object}', { params: { path: { object } }, body: { ...body, options } }),
        );
      }
      const { key: _key, type: _type, ...change } = values;
      return call(
        api.PATCH('/api/v1/fields/{object}/{id}', {
          params: { path: { object, id: (editing as Field).id } },
          body: { ...change, options },
        }),
      );
    },
    onSuccess: () => {
      void message.success(t('states.saved'));
      setEditing(null);
      void queryClient.invalidateQueries({ queryKey: ['fields'] });
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });
  const open = (field: Field | 'new') => {
    setEditing(field);
    form.resetFields();
    if (field !== 'new') form.setFieldsValue({ ...field, type: field.type as NewField['type'] });
  };
  const type = Form.useWatch('type', form);

  return (
    <div>
      <div className="page-header">
        <h1>{t('desktop.menu.fields')}</h1>
        <Space>
          <Select
            value={object}
            onChange={setObject}
            style={{ width: 160 }}
            options={OBJECTS.map((o) => ({ value: o, label: t(`desktop.fields.objects.${o}`) }))}
          />
          <Button type="primary" onClick={() => open('new')}>
            {t('desktop.fields.create')}
          </Button>
        </Space>
      </div>
      <QueryState query={fields}>
        {(data) => (
          <Table
            rowKey="id"
            dataSource={data.items}
            pagination={false}
            columns={[
              {
                title: t('desktop.fields.key'),
                key: 'key',
                render: (_, f) => <code translate="no">{f.key}</code>,
              },
              {
                title: t('desktop.fields.labelZh'),
                key: 'zh',
                render: (_, f) => <span translate="no">{f.labelZh}</span>,
              },
              {
                title: t('desktop.fields.labelEn'),
                key: 'en',
                render: (_, f) => <span translate="no">{f.labelEn}</span>,
              },
              {
                title: t('desktop.fields.type'),
                key: 'type',
                render: (_, f) => t(`desktop.fields.types.${f.type as 'text'}`, { defaultValue: f.type }),
              },
              {
                title: t('desktop.fields.flags'),
                key: 'flags',
                render: (_, f) => (
                  <Space size={4} wrap>
                    {f.required && <Tag>{t('desktop.fields.required')}</Tag>}
                    {f.indexed && <Tag>{t('desktop.fields.indexed')}</Tag>}
                    {f.sensitive && <Tag color="red">{t('desktop.fields.sensitive')}</Tag>}
                    {!f.active && <Tag>{t('desktop.users.inactive')}</Tag>}
                  </Space>
                ),
              },
              {
                title: '',
                key: 'edit',
                render: (_, f) => (
                  <Button size="small" onClick={() => open(f)}>
                    {t('actions.edit')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      <Modal
        open={editing !== null}
        width={640}
        title={editing === 'new' ? t('desktop.fields.create') : t('actions.edit')}
        okText={t('actions.save')}
        cancelText={t('actions.cancel')}
        confirmLoading={save.isPending}
        onOk={() => void form.validateFields().then((values) => save.mutate(values))}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ type: 'text', options: [] }}>
          <Space wrap>
            <Form.Item
              name="key"
              label={t('desktop.fields.key')}
              rules={[
                {
                  required: true,
                  pattern: /^[a-zA-Z][a-zA-Z0-9_]{0,39}$/,
                  message: t('desktop.fields.keyRule'),
                },
              ]}
            >
              <Input disabled={editing !== 'new'} />
            </Form.Item>
            <Form.Item name="type" label={t('desktop.fields.type')} rules={[{ required: true }]}>
              <Select
                disabled={editing !== 'new'}
                style={{ width: 160 }}
                options={TYPES.map((value) => ({ value, label: t(`desktop.fields.types.${value}`) }))}
              />
            </Form.Item>
            <Form.Item name="position" label={t('desktop.fields.position')}>
              <InputNumber min={0} max={1000} />
            </Form.Item>
          </Space>
          <Space wrap>
            <Form.Item
              name="labelZh"
              label={t('desktop.fields.labelZh')}
              rules={[{ required: true, whitespace: true, message: t('desktop.fields.labelZh') }]}
            >
              <Input maxLength={60} />
            </Form.Item>
            <Form.Item
              name="labelEn"
              label={t('desktop.fields.labelEn')}
              rules={[{ required: true, whitespace: true, message: t('desktop.fields.labelEn') }]}
            >
              <Input maxLength={60} />
            </Form.Item>
          </Space>
          <Space>
            <Form.Item name="required" valuePropName="checked">
              <Checkbox>{t('desktop.fields.required')}</Checkbox>
            </Form.Item>
            <Form.Item name="indexed" valuePropName="checked">
              <Checkbox>{t('desktop.fields.indexed')}</Checkbox>
            </Form.Item>
            <Form.Item name="sensitive" valuePropName="checked">
              <Checkbox>{t('desktop.fields.sensitive')}</Checkbox>
            </Form.Item>
            {editing !== 'new' && (
              <Form.Item name="active" label={t('desktop.users.active')} valuePropName="checked">
                <Switch />
              </Form.Item>
            )}
          </Space>
          {(type === 'enum' || type === 'multi_enum') && (
            <Form.List name="options">
              {(items, { add, remove }) => (
                <div>
                  {items.map((item) => (
                    <Space key={item.key} align="baseline">
                      <Form.Item
                        name={[item.name, 'value']}
                        rules={[
                          {
                            required: true,
                            pattern: /^[A-Za-z0-9_.-]{1,40}$/,
                            message: t('desktop.fields.keyRule'),
                          },
                        ]}
                      >
                        <Input placeholder={t('desktop.fields.optionValue')} />
                      </Form.Item>
                      <Form.Item
                        name={[item.name, 'labelZh']}
                        rules={[{ required: true, message: t('desktop.fields.labelZh') }]}
                      >
                        <Input placeholder={t('desktop.fields.labelZh')} />
                      </Form.Item>
                      <Form.Item
                        name={[item.name, 'labelEn']}
                        rules={[{ required: true, message: t('desktop.fields.labelEn') }]}
                      >
                        <Input placeholder={t('desktop.fields.labelEn')} />
                      </Form.Item>
                      <Button onClick={() => remove(item.name)}>−</Button>
                    </Space>
                  ))}
                  <Button onClick={() => add({ value: '', labelZh: '', labelEn: '' })}>
                    {t('desktop.fields.addOption')}
                  </Button>
                </div>
              )}
            </Form.List>
          )}
        </Form>
      </Modal>
    </div>
  );
}
