import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Popconfirm, Space, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import type { ResponseOf } from '../../../api/types.ts';
import { formatDateTime } from '../../../i18n/index.ts';

type Rule = ResponseOf<'/api/v1/tag-rules', 'get'>['items'][number];

const EXAMPLES = {
  exampleTop: { top: 'sales', percent: 5, per: 'city' },
  exampleVisits: { metric: 'visits', days: 30, op: 'gte', value: 3 },
  exampleField: {
    all: [
      { field: 'category', op: 'eq', value: '火锅' },
      { field: 'attr.star', op: 'gte', value: 4 },
    ],
  },
} as const;

interface Editing {
  rule: Rule | null;
}

function RuleModal({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ tag: string; name: string; condition: string }>();
  const rule = editing.rule;
  const save = useMutation({
    mutationFn: async (values: { tag: string; name: string; condition: string }) => {
      let condition: unknown;
      try {
        condition = JSON.parse(values.condition);
      } catch {
        throw new Error(t('competitors.rules.invalidJson'));
      }
      return rule
        ? call(
            api.PATCH('/api/v1/tag-rules/{id}', {
              params: { path: { id: rule.id } },
              body: { name: values.name, condition },
            }),
          )
        : call(api.POST('/api/v1/tag-rules', { body: { tag: values.tag, name: values.name, condition } }));
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['tag-rules'] });
      onClose();
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });
  return (
    <Modal
      open
      width={640}
      title={rule ? t('competitors.rules.edit') : t('competitors.rules.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          tag: rule?.tag ?? '',
          name: rule?.name ?? '',
          condition: JSON.stringify(rule?.condition ?? EXAMPLES.exampleTop, null, 2),
        }}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item name="tag" label={t('competitors.rules.tag')} rules={[{ required: true, max: 40 }]}>
          <Input disabled={rule !== null} translate="no" />
        </Form.Item>
        <Form.Item name="name" label={t('competitors.rules.name')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="condition" label={t('competitors.rules.condition')} rules={[{ required: true }]}>
          <Input.TextArea rows={8} style={{ fontFamily: 'monospace' }} translate="no" />
        </Form.Item>
        <Space wrap>
          <Typography.Text type="secondary">{t('competitors.rules.examples')}:</Typography.Text>
          {(Object.keys(EXAMPLES) as Array<keyof typeof EXAMPLES>).map((key) => (
            <Button
              key={key}
              size="small"
              onClick={() => form.setFieldValue('condition', JSON.stringify(EXAMPLES[key], null, 2))}
            >
              {t(`competitors.rules.${key}`)}
            </Button>
          ))}
        </Space>
      </Form>
    </Modal>
  );
}

/** Settings → tag rules: the tenant's rules, their last run, and runs on demand. */
export default function TagRulesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [editing, setEditing] = useState<Editing | null>(null);
  const rules = useQuery({ queryKey: ['tag-rules'], queryFn: () => call(api.GET('/api/v1/tag-rules')) });
  const done = () => void client.invalidateQueries({ queryKey: ['tag-rules'] });
  const fail = (error: unknown) => void message.error(errorMessage(error, t));
  const run = useMutation({
    mutationFn: (id: string) => call(api.POST('/api/v1/tag-rules/{id}/run', { params: { path: { id } } })),
    onSuccess: (r) => {
      void message.success(t('competitors.rules.ran', r));
      done();
    },
    onError: fail,
  });
  const runAll = useMutation({
    mutationFn: () => call(api.POST('/api/v1/tag-rules/run')),
    onSuccess: done,
    onError: fail,
  });
  const toggle = useMutation({
    mutationFn: (r: Rule) =>
      call(
        api.PATCH('/api/v1/tag-rules/{id}', { params: { path: { id: r.id } }, body: { active: !r.active } }),
      ),
    onSuccess: done,
    onError: fail,
  });
  const remove = useMutation({
    mutationFn: (id: string) => call(api.DELETE('/api/v1/tag-rules/{id}', { params: { path: { id } } })),
    onSuccess: done,
    onError: fail,
  });
  return (
    <div>
      <div className="page-header">
        <div>
          <h1>{t('competitors.rules.title')}</h1>
          <Typography.Text type="secondary">{t('competitors.rules.hint')}</Typography.Text>
        </div>
        <Space>
          <Button loading={runAll.isPending} onClick={() => runAll.mutate()}>
            {t('competitors.rules.runAll')}
          </Button>
          <Button type="primary" onClick={() => setEditing({ rule: null })}>
            {t('competitors.rules.add')}
          </Button>
        </Space>
      </div>
      <Table<Rule>
        rowKey="id"
        loading={rules.isPending}
        dataSource={rules.data?.items ?? []}
        pagination={false}
        data-testid="tag-rules"
        locale={{ emptyText: t('competitors.rules.empty') }}
        columns={[
          {
            title: t('competitors.rules.tag'),
            key: 'tag',
            render: (_, r) => <code translate="no">{r.tag}</code>,
          },
          {
            title: t('competitors.rules.name'),
            key: 'name',
            render: (_, r) => <span translate="no">{r.name}</span>,
          },
          {
            title: t('competitors.rules.condition'),
            key: 'condition',
            width: '28%',
            render: (_, r) => (
              <Typography.Text code translate="no" style={{ whiteSpace: 'pre-wrap', fontSize: 12 }}>
                {JSON.stringify(r.condition)}
              </Typography.Text>
            ),
          },
          {
            title: t('competitors.rules.active'),
            key: 'active',
            render: (_, r) => <Switch checked={r.active} onChange={() => toggle.mutate(r)} size="small" />,
          },
          {
            title: t('competitors.rules.lastRun'),
            key: 'lastRun',
            render: (_, r) => (r.lastRunAt ? formatDateTime(r.lastRunAt) : t('competitors.rules.never')),
          },
          {
            title: t('competitors.rules.count'),
            key: 'count',
            width: 100,
            render: (_, r) => r.lastCount ?? '—',
          },
          {
            title: '',
            key: 'actions',
            render: (_, r) => (
              <Space>
                <Button
                  size="small"
                  loading={run.isPending && run.variables === r.id}
                  onClick={() => run.mutate(r.id)}
                >
                  {t('competitors.rules.run')}
                </Button>
                <Button size="small" onClick={() => setEditing({ rule: r })}>
                  {t('competitors.rules.edit')}
                </Button>
                <Popconfirm
                  title={t('competitors.rules.removeConfirm')}
                  onConfirm={() => remove.mutate(r.id)}
                >
                  <Button size="small" danger>
                    {t('competitors.rules.remove')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing && <RuleModal editing={editing} onClose={() => setEditing(null)} />}
    </div>
  );
}
