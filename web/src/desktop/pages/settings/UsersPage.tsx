import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Select, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import type { ResponseOf } from '../../../api/types.ts';
import { formatDateTime } from '../../../i18n/index.ts';
import { useCursorPages } from '../../../shared/use-cursor-pages.ts';
import { ROLES, roleLabel } from '../../role-label.ts';
import { useOrgUnits } from './use-org-units.ts';

type User = ResponseOf<'/api/v1/users', 'get'>['items'][number];
type Role = (typeof ROLES)[number];
interface UserForm {
  username: string;
  displayName: string;
  password?: string;
  role: Role;
  orgUnitId: string;
  phone?: string;
  active?: boolean;
}

/** People of the tenant: create, change role or unit, reset a password, deactivate. */
export default function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const units = useOrgUnits();
  const [q, setQ] = useState<string | undefined>();
  const [role, setRole] = useState<Role | undefined>();
  const pages = useCursorPages(`${q}|${role}`);
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [form] = Form.useForm<UserForm>();
  const users = useQuery({
    queryKey: ['users', q, role, pages.cursor],
    placeholderData: (previous) => previous,
    queryFn: () =>
      call(
        api.GET('/api/v1/users', {
          params: {
            query: {
              limit: 50,
              ...(q ? { q } : {}),
              ...(role ? { role } : {}),
              ...(pages.cursor ? { cursor: pages.cursor } : {}),
            },
          },
        }),
      ),
  });
  const save = useMutation({
    mutationFn: async (values: UserForm) => {
      const phone = values.phone?.trim() || undefined;
      if (editing === 'new') {
        return call(
          api.POST('/api/v1/users', { body: { ...values, password: values.password ?? '', phone } }),
        );
      }
      const { username: _ignored, password, ...change } = values;
      return call(
        api.PATCH('/api/v1/users/{id}', {
          params: { path: { id: (editing as User).id } },
          body: { ...change, phone, ...(password ? { password } : {}) },
        }),
      );
    },
    onSuccess: () => {
      void message.success(t('states.saved'));
      setEditing(null);
      void queryClient.invalidateQueries({ queryKey: ['users'] });
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });
  const open = (user: User | 'new') => {
    setEditing(user);
    form.resetFields();
    if (user !== 'new')
      form.setFieldsValue({ ...user, phone: user.phone ?? undefined, role: user.role as Role });
  };

  return (
    <div>
      <div className="page-header">
        <h1>{t('desktop.menu.users')}</h1>
        <Button type="primary" onClick={() => open('new')}>
          {t('desktop.users.create')}
        </Button>
      </div>
      <div className="filter-bar">
        <Input.Search
          allowClear
          style={{ width: 240 }}
          placeholder={t('desktop.users.search')}
          onSearch={(value) => setQ(value.trim() || undefined)}
        />
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('desktop.users.role')}
          value={role}
          onChange={setRole}
          options={ROLES.map((r) => ({ value: r, label: roleLabel(r, t) }))}
        />
      </div>
      <Table
        rowKey="id"
        loading={users.isFetching}
        dataSource={users.data?.items ?? []}
        pagination={false}
        locale={{
          emptyText: users.isError ? <span role="alert">{errorMessage(users.error, t)}</span> : undefined,
        }}
        columns={[
          {
            title: t('desktop.users.displayName'),
            key: 'name',
            render: (_, user) => <span translate="no">{user.displayName}</span>,
          },
          {
            title: t('login.username'),
            key: 'username',
            render: (_, user) => <span translate="no">{user.username}</span>,
          },
          { title: t('desktop.users.role'), key: 'role', render: (_, user) => roleLabel(user.role, t) },
          {
            title: t('desktop.users.unit'),
            key: 'unit',
            render: (_, user) => <span translate="no">{units.nameOf(user.orgUnitId)}</span>,
          },
          {
            title: t('lead.status'),
            key: 'active',
            render: (_, user) =>
              user.active ? (
                <Tag color="green">{t('desktop.users.active')}</Tag>
              ) : (
                <Tag>{t('desktop.users.inactive')}</Tag>
              ),
          },
          {
            title: t('desktop.users.lastLogin'),
            key: 'login',
            render: (_, user) => formatDateTime(user.lastLoginAt) || '—',
          },
          {
            title: '',
            key: 'edit',
            render: (_, user) => (
              <Button size="small" onClick={() => open(user)}>
                {t('actions.edit')}
              </Button>
            ),
          },
        ]}
      />
      <Space style={{ marginTop: 12, justifyContent: 'flex-end', width: '100%' }}>
        <Button onClick={pages.previous} disabled={pages.page === 1}>
          {t('desktop.leads.previous')}
        </Button>
        <Button onClick={() => pages.next(users.data?.nextCursor)} disabled={!users.data?.nextCursor}>
          {t('desktop.leads.next')}
        </Button>
      </Space>
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('desktop.users.create') : t('actions.edit')}
        okText={t('actions.save')}
        cancelText={t('actions.cancel')}
        confirmLoading={save.isPending}
        onOk={() => void form.validateFields().then((values) => save.mutate(values))}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ role: 'bd', active: true }}>
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[
              {
                required: true,
                pattern: /^[\p{L}\p{N}._-]{1,64}$/u,
                message: t('desktop.users.usernameRule'),
              },
            ]}
          >
            <Input disabled={editing !== 'new'} />
          </Form.Item>
          <Form.Item
            name="displayName"
            label={t('desktop.users.displayName')}
            rules={[{ required: true, whitespace: true, message: t('desktop.users.displayName') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="password"
            label={editing === 'new' ? t('login.password') : t('desktop.users.newPassword')}
            rules={[{ required: editing === 'new', min: 8, message: t('desktop.users.passwordRule') }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="role" label={t('desktop.users.role')} rules={[{ required: true }]}>
            <Select options={ROLES.map((r) => ({ value: r, label: roleLabel(r, t) }))} />
          </Form.Item>
          <Form.Item
            name="orgUnitId"
            label={t('desktop.users.unit')}
            rules={[{ required: true, message: t('desktop.users.unit') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={units.units.map((unit) => ({ value: unit.id, label: unit.name }))}
            />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('lead.phone')}
            rules={[{ pattern: /^[0-9+()\- ]{3,32}$/, message: t('contact.invalidPhone') }]}
          >
            <Input />
          </Form.Item>
          {editing !== 'new' && (
            <Form.Item name="active" label={t('desktop.users.active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </div>
  );
}
