import { Form, Input, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Asks for a written reason before an action that needs one (an opportunity lost, a contract
 * rejected or terminated). `required` is the message shown when it is left empty; without it the
 * reason is optional.
 */
export function ReasonModal({
  open,
  title,
  hint,
  label,
  required,
  okText,
  danger,
  loading,
  maxLength = 500,
  onOk,
  onCancel,
}: {
  open: boolean;
  title: ReactNode;
  hint?: ReactNode;
  label: string;
  required?: string;
  okText?: string;
  danger?: boolean;
  loading?: boolean;
  maxLength?: number;
  onOk: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason?: string }>();
  const submit = async () => {
    const { reason } = await form.validateFields();
    onOk(reason?.trim() ?? '');
  };
  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? t('actions.confirm')}
      cancelText={t('actions.cancel')}
      okButtonProps={{ danger }}
      confirmLoading={loading}
      onOk={() => void submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      {hint && <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="reason"
          label={label}
          rules={required ? [{ required: true, whitespace: true, message: required }] : []}
        >
          <Input.TextArea rows={3} maxLength={maxLength} showCount autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
