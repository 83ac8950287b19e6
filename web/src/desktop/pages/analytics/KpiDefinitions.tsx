import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import type { zhCN } from '../../../i18n/locales/zh-CN/index.ts';
import { roleLabel } from '../../role-label.ts';

export type MetricKey = keyof typeof zhCN.analytics.kpi.metrics;
const METRICS: MetricKey[] = [
  'visits',
  'uniqueStores',
  'firstVisits',
  'claims',
  'opportunities',
  'signings',
  'renewals',
  'dealsOnline',
  'sales',
  'taskCompletion',
];
const SCORED_ROLES = ['bd', 'bd_manager', 'city_manager', 'ops', 'ops_manager'] as const;

interface Line {
  metric: MetricKey;
  weight: number;
  target: number;
}
interface Values {
  name: string;
  role: (typeof SCORED_ROLES)[number];
  orgUnitId?: string | null;
  cap: number;
  metrics: Line[];
}
type Definition = Values & { id: string };

/** The tenant's KPI definitions, for tenant admins and HQ: weights must add up to 100 %. */
export function KpiDefinitions() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Definition | 'new' | null>(null);
  const [form] = Form.useForm<Values>();
  const lines = Form.useWatch('metrics', form) as Line[] | undefined;
  const sum = (lines ?? []).reduce((s, l) => s + Number(l?.weight ?? 0), 0);
  const definitions = useQuery({
    queryKey: ['kpi', 'definitions'],
    queryFn: () => call(api.GET('/api/v1/kpi/definitions')),
  });
  const units = useQuery({
    queryKey: ['org-units', 'all'],
    staleTime: 5 * 60_000,
    queryFn: () => call(api.GET('/api/v1/org-units', { params: { query: { limit: 200 } } })),
  });
  const unitName = (id: string | null) =>
    id ? (units.data?.items.find((u) => u.id === id)?.name ?? id) : null;
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['kpi'] });
  const save = useMutation({
    mutationFn: (values: Values) =>
      editing === 'new' || editing === null
        ? call(api.POST('/api/v1/kpi/definitions', { body: values }))
        : call(
            api.PATCH('/api/v1/kpi/definitions/{id}', { params: { path: { id: editing.id } }, body: values }),
          ),
    onSuccess: () => {
      void message.success(t('analytics.kpi.saved'));
      setEditing(null);
      refresh();
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });
  const remove = useMutation({
    mutationFn: (id: string) =>
      call(api.DELETE('/api/v1/kpi/definitions/{id}', { params: { path: { id } } })),
    onSuccess: refresh,
    onError: (error) => void message.error(errorMessage(error, t)),
  });
  const open = (definition: Definition | 'new') => {
    setEditing(definition);
    form.resetFields();
    form.setFieldsValue(
      definition === 'new'
        ? { role: 'bd', cap: 1.2, metrics: [{ metric: 'visits', weight: 100, target: 60 }] }
        : definition,
    );
  };
  return (
    <Card
      size="small"
      style={{ marginTop: 16 }}
      title={t('analytics.kpi.definitions')}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => open('new')} data-testid="kpi-add">
          {t('analytics.kpi.add')}
        </Button>
      }
    >
      <div style={{ marginBottom: 8, color: 'rgba(0,0,0,0.45)' }}>{t('analytics.kpi.formula')}</div>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={definitions.isPending}
        dataSource={(definitions.data?.items ?? []) as Definition[]}
        columns={[
          {
            title: t('analytics.kpi.name'),
            key: 'name',
            render: (_, d) => (
              <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => open(d)}>
                <span translate="no">{d.name}</span>
              </Button>
            ),
          },
          { title: t('analytics.kpi.role'), key: 'role', render: (_, d) => roleLabel(d.role, t) },
          {
            title: t('analytics.kpi.unit'),
            key: 'unit',
            render: (_, d) => (
              <span translate="no">{unitName(d.orgUnitId ?? null) ?? t('analytics.kpi.allUnits')}</span>
            ),
          },
          {
            title: t('analytics.kpi.metric'),
            key: 'metrics',
            render: (_, d) =>
              d.metrics
                .map((l) => `${t(`analytics.kpi.metrics.${l.metric}`)} ${l.weight}% / ${l.target}`)
                .join('；'),
          },
          { title: t('analytics.kpi.cap'), dataIndex: 'cap', align: 'right' },
          {
            key: 'delete',
            render: (_, d) => (
              <Popconfirm title={t('analytics.kpi.deleteConfirm')} onConfirm={() => remove.mutate(d.id)}>
                <Button
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('analytics.kpi.delete')}
                />
              </Popconfirm>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        width={640}
        title={editing === 'new' ? t('analytics.kpi.add') : t('analytics.kpi.edit')}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okButtonProps={{ disabled: sum !== 100, loading: save.isPending }}
      >
        <Form form={form} layout="vertical" onFinish={(values) => save.mutate(values)}>
          <Form.Item name="name" label={t('analytics.kpi.name')} rules={[{ required: true, max: 100 }]}>
            <Input />
          </Form.Item>
          <Space wrap>
            <Form.Item name="role" label={t('analytics.kpi.role')} rules={[{ required: true }]}>
              <Select
                style={{ width: 160 }}
                options={SCORED_ROLES.map((r) => ({ value: r, label: roleLabel(r, t) }))}
              />
            </Form.Item>
            <Form.Item name="orgUnitId" label={t('analytics.kpi.unit')}>
              <Select
                style={{ width: 200 }}
                allowClear
                placeholder={t('analytics.kpi.allUnits')}
                options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
              />
            </Form.Item>
            <Form.Item name="cap" label={t('analytics.kpi.cap')} tooltip={t('analytics.kpi.capHint')}>
              <InputNumber min={1} max={3} step={0.1} />
            </Form.Item>
          </Space>
          <Form.List name="metrics">
            {(fields, { add, remove: removeLine }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline" wrap>
                    <Form.Item name={[field.name, 'metric']} rules={[{ required: true }]}>
                      <Select
                        style={{ width: 180 }}
                        options={METRICS.map((m) => ({ value: m, label: t(`analytics.kpi.metrics.${m}`) }))}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'weight']} rules={[{ required: true }]}>
                      <InputNumber min={1} max={100} addonAfter="%" style={{ width: 120 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'target']} rules={[{ required: true }]}>
                      <InputNumber
                        min={0}
                        placeholder={t('analytics.performance.target')}
                        style={{ width: 120 }}
                      />
                    </Form.Item>
                    <Button onClick={() => removeLine(field.name)} icon={<DeleteOutlined />} />
                  </Space>
                ))}
                <Button type="dashed" onClick={() => add({ weight: 0, target: 0 })} icon={<PlusOutlined />}>
                  {t('analytics.kpi.addLine')}
                </Button>
                <div
                  style={{ marginTop: 8, color: sum === 100 ? 'inherit' : '#cf1322' }}
                  data-testid="weight-sum"
                >
                  {t('analytics.kpi.weightSum', { sum })}
                </div>
              </>
            )}
          </Form.List>
        </Form>
      </Modal>
    </Card>
  );
}
