import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, type FormInstance, Input, InputNumber, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { amountInput, formatMoney } from '../../../lib/money.ts';
import { useLanguage } from '../../../shared/use-language.ts';
import type { DealValues } from './DealFormPage.tsx';
import { itemsTotal } from './deal-rules.ts';

const MAX_ITEMS = 50;

/** The set menu as an editable list: name, quantity and an optional unit price per line. */
export function DealItemsInput({ form }: { form: FormInstance<DealValues> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const items = Form.useWatch('items', form) ?? [];
  const total = itemsTotal(items);
  return (
    <Form.Item label={t('deals.field.items')} extra={t('deals.form.itemsHint')} required>
      <Form.List name="items">
        {(rows, { add, remove }) => (
          <div data-testid="deal-items-input">
            {rows.map((row, index) => (
              <Space key={row.key} align="start" style={{ display: 'flex' }} data-testid="deal-item-row">
                <Form.Item
                  style={{ marginBottom: 12 }}
                  name={[row.name, 'name']}
                  rules={[{ required: true, whitespace: true, message: t('deals.form.itemRequired') }]}
                >
                  <Input
                    placeholder={t('deals.field.itemName')}
                    aria-label={`${t('deals.field.itemName')} ${index + 1}`}
                    maxLength={100}
                    style={{ width: 320 }}
                  />
                </Form.Item>
                <Form.Item
                  style={{ marginBottom: 12 }}
                  name={[row.name, 'quantity']}
                  rules={[{ required: true, message: t('deals.form.quantityRequired') }]}
                >
                  <InputNumber
                    min={1}
                    max={999}
                    precision={0}
                    prefix="×"
                    placeholder={t('deals.field.quantity')}
                    aria-label={`${t('deals.field.quantity')} ${index + 1}`}
                    style={{ width: 110 }}
                  />
                </Form.Item>
                <Form.Item style={{ marginBottom: 12 }} name={[row.name, 'price']}>
                  <InputNumber
                    {...amountInput}
                    min={0}
                    max={1e9}
                    precision={2}
                    prefix="¥"
                    placeholder={t('deals.field.itemPrice')}
                    aria-label={`${t('deals.field.itemPrice')} ${index + 1}`}
                    style={{ width: 150 }}
                  />
                </Form.Item>
                <Tooltip title={t('deals.form.removeItem')}>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('deals.form.removeItem')}
                    disabled={rows.length === 1}
                    onClick={() => remove(row.name)}
                  />
                </Tooltip>
              </Space>
            ))}
            <Space size={16} wrap>
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                disabled={rows.length >= MAX_ITEMS}
                onClick={() => add({ name: '', quantity: 1 })}
              >
                {t('deals.form.addItem')}
              </Button>
              {total !== null && (
                <Typography.Text type="secondary" data-testid="deal-items-total">
                  {t('deals.form.itemsTotal', { amount: formatMoney(total, language) })}{' '}
                  <Typography.Link onClick={() => form.setFieldValue('listPrice', total)}>
                    {t('deals.form.useTotal')}
                  </Typography.Link>
                </Typography.Text>
              )}
            </Space>
          </div>
        )}
      </Form.List>
    </Form.Item>
  );
}
