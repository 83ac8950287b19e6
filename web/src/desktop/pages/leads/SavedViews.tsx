import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Input, Modal, Select, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import { LEGACY_KEY, legacyViews, sameQuery, viewObjectOf, withoutPage } from './saved-views.ts';

/**
 * Named filter sets of a list, kept on the server for the user (and, when shared, for everyone in
 * the tenant): a view is the list's query string, so applying one is navigating to it. Views this
 * browser kept before are moved to the server the first time the list is opened.
 */
export function SavedViews() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { pathname } = useLocation();
  const object = viewObjectOf(pathname);
  const [params, setParams] = useSearchParams();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const key = ['saved-views', object];
  const views = useQuery({
    queryKey: key,
    queryFn: () => call(api.GET('/api/v1/saved-views', { params: { query: { object } } })),
  });
  const items = views.data?.items ?? [];
  const current = items.find((view) => sameQuery(view.query, params.toString()));
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });

  const moved = useRef(false);
  useEffect(() => {
    if (!views.data || moved.current) return;
    moved.current = true;
    const legacy = legacyViews(localStorage.getItem(LEGACY_KEY), pathname);
    if (legacy.length === 0) return;
    void (async () => {
      let count = 0;
      for (const view of legacy) {
        if (views.data.items.some((v) => v.mine && v.name === view.name)) continue;
        const answer = await api.POST('/api/v1/saved-views', { body: { object, ...view } });
        if (answer.response.ok) count++;
      }
      const rest = withoutPage(localStorage.getItem(LEGACY_KEY), pathname);
      if (rest === null) localStorage.removeItem(LEGACY_KEY);
      else localStorage.setItem(LEGACY_KEY, rest);
      if (count > 0) void message.info(t('workbench.views.moved', { count }));
      void refresh();
    })();
  });

  const save = useMutation({
    mutationFn: async () => {
      const trimmed = name.trim();
      const same = items.find((view) => view.mine && view.name === trimmed);
      const query = params.toString();
      return same
        ? call(
            api.PATCH('/api/v1/saved-views/{id}', {
              params: { path: { id: same.id } },
              body: { query, shared },
            }),
          )
        : call(api.POST('/api/v1/saved-views', { body: { object, name: trimmed, query, shared } }));
    },
    onSuccess: () => {
      setNaming(false);
      setName('');
      setShared(false);
      void message.success(t('states.saved'));
      void refresh();
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });
  const remove = useMutation({
    mutationFn: (id: string) => call(api.DELETE('/api/v1/saved-views/{id}', { params: { path: { id } } })),
    onSuccess: () => void refresh(),
    onError: (error) => void message.error(errorMessage(error, t)),
  });

  const option = (view: (typeof items)[number]) => ({
    value: view.id,
    label: (
      <span
        translate="no"
        title={view.mine ? undefined : t('workbench.views.sharedBy', { name: view.ownerName })}
      >
        {view.name}
      </span>
    ),
  });
  const mine = items.filter((view) => view.mine);
  const others = items.filter((view) => !view.mine);

  return (
    <Space.Compact>
      <Select
        data-testid="saved-views"
        style={{ width: 180 }}
        loading={views.isPending}
        placeholder={t('desktop.leads.views')}
        value={current?.id}
        onChange={(chosen) => {
          const view = items.find((v) => v.id === chosen);
          if (view) setParams(new URLSearchParams(view.query), { replace: true });
        }}
        options={[
          ...(mine.length > 0 ? [{ label: t('workbench.views.mine'), options: mine.map(option) }] : []),
          ...(others.length > 0 ? [{ label: t('workbench.views.others'), options: others.map(option) }] : []),
        ]}
        notFoundContent={views.isError ? t('states.error') : t('desktop.leads.noViews')}
      />
      <Button
        icon={<SaveOutlined />}
        onClick={() => setNaming(true)}
        aria-label={t('desktop.leads.saveView')}
        title={t('desktop.leads.saveView')}
      />
      {current?.mine && (
        <Button
          icon={<DeleteOutlined />}
          loading={remove.isPending}
          onClick={() => remove.mutate(current.id)}
          aria-label={t('desktop.leads.deleteView')}
          title={t('desktop.leads.deleteView')}
        />
      )}
      <Modal
        open={naming}
        title={t('desktop.leads.saveView')}
        okText={t('actions.save')}
        cancelText={t('actions.cancel')}
        okButtonProps={{ disabled: !name.trim(), loading: save.isPending }}
        onOk={() => save.mutate()}
        onCancel={() => setNaming(false)}
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Input
            autoFocus
            maxLength={40}
            placeholder={t('desktop.leads.viewName')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            onPressEnter={() => name.trim() && save.mutate()}
          />
          <Checkbox checked={shared} onChange={(e) => setShared(e.target.checked)}>
            {t('workbench.views.shared')}
          </Checkbox>
        </Space>
      </Modal>
    </Space.Compact>
  );
}
