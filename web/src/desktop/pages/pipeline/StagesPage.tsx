import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import type { Stage } from '../../../api/types.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { useStages } from './queries.ts';

type Kind = 'open' | 'won' | 'lost';

interface Row {
  key: string;
  labelZh: string;
  labelEn: string;
  probability: number;
  kind: Kind;
  /** Already saved: its key is what opportunities point to and does not change. */
  saved?: boolean;
}

export const toRow = (stage: Stage): Row => ({
  key: stage.key,
  labelZh: stage.labelZh,
  labelEn: stage.labelEn,
  probability: stage.probability,
  kind: stage.isWon ? 'won' : stage.isLost ? 'lost' : 'open',
  saved: true,
});

export const toStage = (row: Row): Stage => ({
  key: row.key.trim(),
  labelZh: row.labelZh.trim(),
  labelEn: row.labelEn.trim(),
  probability: row.probability,
  isWon: row.kind === 'won',
  isLost: row.kind === 'lost',
});

/** The tenant's opportunity stages (tenant admins): order, names in both languages, win probability, won/lost. */
export default function StagesPage() {
  const stages = useStages();
  return <QueryState query={stages}>{(data) => <StagesForm stages={data.items} />}</QueryState>;
}

function StagesForm({ stages }: { stages: Stage[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ rows: Row[] }>();
  const save = useMutation({
    mutationFn: (rows: Row[]) =>
      call(api.PUT('/api/v1/settings/stages/opportunity', { body: { items: rows.map(toStage) } })),
    onSuccess: (answer) => {
      void message.success(t('states.saved'));
      queryClient.setQueryData(['stages', 'opportunity'], answer);
      form.setFieldsValue({ rows: answer.items.map(toRow) });
      void queryClient.invalidateQueries({ queryKey: ['board'] });
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });
  const kinds: Kind[] = ['open', 'won', 'lost'];

  return (
    <div>
      <div className="page-header">
        <h1>{t('pipeline.stages.title')}</h1>
      </div>
      <Card>
        <Typography.Paragraph type="secondary">{t('pipeline.stages.hint')}</Typography.Paragraph>
        <Form
          form={form}
          initialValues={{ rows: stages.map(toRow) }}
          onFinish={(values) => save.mutate(values.rows)}
          data-testid="stages-form"
        >
          <div className="stages-grid stages-grid-head">
            <span>{t('pipeline.stages.order')}</span>
            <span>{t('pipeline.stages.key')}</span>
            <span>{t('pipeline.stages.labelZh')}</span>
            <span>{t('pipeline.stages.labelEn')}</span>
            <span>{t('pipeline.stages.probability')}</span>
            <span>{t('pipeline.stages.kind')}</span>
            <span />
          </div>
          <Form.List name="rows">
            {(fields, { add, remove, move }) => (
              <>
                {fields.map((field, index) => {
                  const saved = form.getFieldValue(['rows', field.name, 'saved']) === true;
                  return (
                    <div key={field.key} className="stages-grid" data-testid="stage-row">
                      <Space size={2}>
                        <Button
                          title={t('pipeline.stages.moveUp')}
                          size="small"
                          type="text"
                          icon={<ArrowUpOutlined />}
                          aria-label={t('pipeline.stages.moveUp')}
                          disabled={index === 0}
                          onClick={() => move(index, index - 1)}
                        />
                        <Button
                          title={t('pipeline.stages.moveDown')}
                          size="small"
                          type="text"
                          icon={<ArrowDownOutlined />}
                          aria-label={t('pipeline.stages.moveDown')}
                          disabled={index === fields.length - 1}
                          onClick={() => move(index, index + 1)}
                        />
                      </Space>
                      <Form.Item
                        name={[field.name, 'key']}
                        rules={[
                          {
                            required: true,
                            pattern: /^[a-z][a-z0-9_]{0,39}$/,
                            message: t('pipeline.stages.keyRule'),
                          },
                        ]}
                      >
                        <Input disabled={saved} translate="no" aria-label={t('pipeline.stages.key')} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'labelZh']}
                        rules={[
                          {
                            required: true,
                            whitespace: true,
                            max: 40,
                            message: t('pipeline.stages.labelZh'),
                          },
                        ]}
                      >
                        <Input maxLength={40} translate="no" aria-label={t('pipeline.stages.labelZh')} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'labelEn']}
                        rules={[
                          {
                            required: true,
                            whitespace: true,
                            max: 40,
                            message: t('pipeline.stages.labelEn'),
                          },
                        ]}
                      >
                        <Input maxLength={40} aria-label={t('pipeline.stages.labelEn')} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'probability']}
                        rules={[{ required: true, message: t('pipeline.stages.probability') }]}
                      >
                        <InputNumber
                          min={0}
                          max={100}
                          precision={0}
                          suffix="%"
                          aria-label={t('pipeline.stages.probability')}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'kind']}>
                        <Select
                          aria-label={t('pipeline.stages.kind')}
                          options={kinds.map((kind) => ({
                            value: kind,
                            label: t(`pipeline.stages.kinds.${kind}`),
                          }))}
                        />
                      </Form.Item>
                      <Button
                        title={t('pipeline.stages.remove')}
                        danger
                        type="text"
                        icon={<DeleteOutlined />}
                        aria-label={t('pipeline.stages.remove')}
                        disabled={fields.length <= 3}
                        onClick={() => remove(field.name)}
                      />
                    </div>
                  );
                })}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  style={{ margin: '8px 0 16px' }}
                  disabled={fields.length >= 30}
                  onClick={() =>
                    add({ key: '', labelZh: '', labelEn: '', probability: 50, kind: 'open' }, fields.length)
                  }
                >
                  {t('pipeline.stages.add')}
                </Button>
              </>
            )}
          </Form.List>
          <div>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('actions.save')}
            </Button>
          </div>
        </Form>
      </Card>
    </div>
  );
}
