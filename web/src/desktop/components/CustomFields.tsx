import { DatePicker, Form, Input, InputNumber, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../../api/types.ts';
import { amountInput } from '../../lib/money.ts';

type Label = (field: { labelZh: string; labelEn: string }) => string;

/**
 * Inputs for the tenant's custom fields of an object (field_def), under `attrs.<key>` of the
 * surrounding form, each typed as the server checks it (dates as YYYY-MM-DD, money as yuan).
 */
export function CustomFieldInputs({ fields, label }: { fields: FieldDefinition[]; label: Label }) {
  const { t } = useTranslation();
  return (
    <>
      {fields.map((field) => {
        const name = label(field);
        const rules = field.required
          ? [{ required: true, message: t('deals.form.fieldRequired', { field: name }) }]
          : [];
        const common = { name: ['attrs', field.key], label: name, rules };
        const options = field.options.map((option) => ({ value: option.value, label: label(option) }));
        switch (field.type) {
          case 'number':
            return (
              <Form.Item key={field.key} {...common}>
                <InputNumber style={{ width: 220 }} />
              </Form.Item>
            );
          case 'money':
            return (
              <Form.Item key={field.key} {...common}>
                <InputNumber {...amountInput} min={0} precision={2} prefix="¥" style={{ width: 220 }} />
              </Form.Item>
            );
          case 'date':
            return (
              <Form.Item
                key={field.key}
                {...common}
                getValueProps={(value?: string) => ({ value: value ? dayjs(value) : undefined })}
                normalize={(value?: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined)}
              >
                <DatePicker />
              </Form.Item>
            );
          case 'bool':
            return (
              <Form.Item key={field.key} {...common} valuePropName="checked">
                <Switch checkedChildren={t('deals.form.yes')} unCheckedChildren={t('deals.form.no')} />
              </Form.Item>
            );
          case 'enum':
            return (
              <Form.Item key={field.key} {...common}>
                <Select allowClear options={options} style={{ maxWidth: 360 }} />
              </Form.Item>
            );
          case 'multi_enum':
            return (
              <Form.Item key={field.key} {...common}>
                <Select mode="multiple" allowClear options={options} style={{ maxWidth: 480 }} />
              </Form.Item>
            );
          default:
            return (
              <Form.Item key={field.key} {...common}>
                <Input maxLength={field.type === 'phone' ? 32 : 2000} style={{ maxWidth: 480 }} />
              </Form.Item>
            );
        }
      })}
    </>
  );
}

/**
 * The custom field values to send: empty inputs are left out of a new record and cleared (null)
 * on an existing one, as the server merges a revision's attrs into the stored ones.
 */
export function attrsToSend(
  values: Record<string, unknown> | undefined,
  fields: FieldDefinition[],
  existing: boolean,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values?.[field.key];
    const empty =
      value === undefined ||
      value === null ||
      value === '' ||
      (Array.isArray(value) && value.length === 0 && field.type === 'multi_enum');
    if (!empty) out[field.key] = typeof value === 'string' ? value.trim() : value;
    else if (existing) out[field.key] = null;
  }
  return out;
}

/** A stored custom field value for reading: option labels for choices, yes/no for flags. */
export function attrText(
  field: FieldDefinition,
  value: unknown,
  label: Label,
  yesNo: (yes: boolean) => string,
): string {
  if (value === undefined || value === null || value === '') return '—';
  const option = (v: unknown) => {
    const found = field.options.find((o) => o.value === v);
    return found ? label(found) : String(v);
  };
  if (field.type === 'bool') return yesNo(value === true);
  if (Array.isArray(value)) return value.map(option).join(', ');
  if (field.type === 'enum') return option(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
