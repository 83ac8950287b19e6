import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Empty, Form, Input, Row, Select, Space, Tag, Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { type OrgUnit, useOrgUnits } from './use-org-units.ts';

const KINDS = ['hq', 'region', 'city', 'team'] as const;
type Kind = (typeof KINDS)[number];
/** What may sit under each kind (decision 0001: HQ → region → city → team, strictly downwards). */
const CHILD_KINDS: Record<Kind, Exclude<Kind, 'hq'>[]> = {
  hq: ['region', 'city', 'team'],
  region: ['city', 'team'],
  city: ['team'],
  team: [],
};

/** The org tree: HQ → region → city → team; add units, rename or move them. */
export default function OrgPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const org = useOrgUnits();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [addForm] = Form.useForm<{ name: string; kind: Exclude<Kind, 'hq'> }>();
  const [editForm] = Form.useForm<{ name: string; parentId?: string }>();
  const selected = org.units.find((unit) => unit.id === selectedId);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['org-units'] });
  const onError = (error: unknown) => void message.error(errorMessage(error, t));

  const tree = useMemo(() => {
    const children = new Map<string | null, OrgUnit[]>();
    const ids = new Set(org.units.map((unit) => unit.id));
    for (const unit of org.units) {
      const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
      children.set(parent, [...(children.get(parent) ?? []), unit]);
    }
    const build = (parent: string | null): DataNode[] =>
      (children.get(parent) ?? []).map((unit) => ({
        key: unit.id,
        title: (
          <span>
            <span translate="no">{unit.name}</span> <Tag>{t(`desktop.org.kind.${unit.kind}`)}</Tag>
          </span>
        ),
        children: build(unit.id),
      }));
    return build(null);
  }, [org.units, t]);

  const add = useMutation({
    mutationFn: (values: { name: string; kind: Exclude<Kind, 'hq'> }) =>
      call(api.POST('/api/v1/org-units', { body: { ...values, parentId: selected!.id } })),
    onSuccess: () => {
      addForm.resetFields();
      void message.success(t('states.saved'));
      refresh();
    },
    onError,
  });
  const update = useMutation({
    mutationFn: (values: { name: string; parentId?: string }) =>
      call(
        api.PATCH('/api/v1/org-units/{id}', {
          params: { path: { id: selected!.id } },
          body: {
            name: values.name,
            ...(values.parentId && values.parentId !== selected!.parentId
              ? { parentId: values.parentId }
              : {}),
          },
        }),
      ),
    onSuccess: () => {
      void message.success(t('states.saved'));
      refresh();
    },
    onError,
  });

  return (
    <div>
      <div className="page-header">
        <h1>{t('desktop.menu.org')}</h1>
      </div>
      <QueryState query={org}>
        {() => (
          <Row gutter={16}>
            <Col span={12}>
              <Card size="small">
                {tree.length > 0 && (
                  <Tree
                    treeData={tree}
                    defaultExpandAll
                    selectedKeys={selectedId ? [selectedId] : []}
                    onSelect={(keys) => {
                      const id = keys[0] ? String(keys[0]) : null;
                      setSelectedId(id);
                      const unit = org.units.find((u) => u.id === id);
                      if (unit)
                        editForm.setFieldsValue({ name: unit.name, parentId: unit.parentId ?? undefined });
                    }}
                  />
                )}
              </Card>
            </Col>
            <Col span={12}>
              {!selected ? (
                <Card size="small">
                  <Empty description={t('desktop.org.pick')} />
                </Card>
              ) : (
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Card size="small" title={t('desktop.org.edit')}>
                    <Form form={editForm} layout="vertical" onFinish={(values) => update.mutate(values)}>
                      <Form.Item
                        name="name"
                        label={t('desktop.org.name')}
                        rules={[{ required: true, whitespace: true, message: t('desktop.org.name') }]}
                      >
                        <Input maxLength={100} />
                      </Form.Item>
                      {selected.kind !== 'hq' && (
                        <Form.Item name="parentId" label={t('desktop.org.parent')}>
                          <Select
                            showSearch={{ optionFilterProp: 'label' }}
                            options={org.units
                              .filter(
                                (unit) => unit.id !== selected.id && !unit.path.includes(`/${selected.id}/`),
                              )
                              .map((unit) => ({ value: unit.id, label: unit.name }))}
                          />
                        </Form.Item>
                      )}
                      <Button type="primary" htmlType="submit" loading={update.isPending}>
                        {t('actions.save')}
                      </Button>
                    </Form>
                  </Card>
                  {CHILD_KINDS[selected.kind].length > 0 && (
                    <Card size="small" title={t('desktop.org.addChild')}>
                      <Form
                        form={addForm}
                        layout="vertical"
                        onFinish={(values) => add.mutate(values)}
                        initialValues={{ kind: CHILD_KINDS[selected.kind][0] }}
                      >
                        <Form.Item
                          name="name"
                          label={t('desktop.org.name')}
                          rules={[{ required: true, whitespace: true, message: t('desktop.org.name') }]}
                        >
                          <Input maxLength={100} />
                        </Form.Item>
                        <Form.Item
                          name="kind"
                          label={t('desktop.org.kindLabel')}
                          rules={[{ required: true }]}
                        >
                          <Select
                            options={CHILD_KINDS[selected.kind].map((kind) => ({
                              value: kind,
                              label: t(`desktop.org.kind.${kind}`),
                            }))}
                          />
                        </Form.Item>
                        <Button htmlType="submit" loading={add.isPending}>
                          {t('actions.create')}
                        </Button>
                      </Form>
                    </Card>
                  )}
                </Space>
              )}
            </Col>
          </Row>
        )}
      </QueryState>
    </div>
  );
}
