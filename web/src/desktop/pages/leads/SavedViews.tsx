import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';

interface SavedView {
  name: string;
  query: string;
}

const STORAGE_KEY = 'groundwork.savedViews';

function load(page: string): SavedView[] {
  try {
    const all = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, SavedView[]>;
    return all[page] ?? [];
  } catch {
    return [];
  }
}

function store(page: string, views: SavedView[]) {
  const all = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, SavedView[]>;
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...all, [page]: views }));
}

/**
 * Named filter sets of a list, kept in this browser: a view is the list's query string, so
 * applying one is navigating to it.
 */
export function SavedViews() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { pathname } = useLocation();
  const [params, setParams] = useSearchParams();
  const [views, setViews] = useState(() => load(pathname));
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const current = views.find((view) => view.query === params.toString());

  const save = () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    const next = [
      ...views.filter((view) => view.name !== trimmed),
      { name: trimmed, query: params.toString() },
    ];
    store(pathname, next);
    setViews(next);
    setNaming(false);
    setName('');
    void message.success(t('states.saved'));
  };
  const remove = () => {
    if (!current) return;
    const next = views.filter((view) => view !== current);
    store(pathname, next);
    setViews(next);
  };

  return (
    <Space.Compact>
      <Select
        style={{ width: 180 }}
        placeholder={t('desktop.leads.views')}
        value={current?.name}
        onChange={(chosen) => {
          const view = views.find((v) => v.name === chosen);
          if (view) setParams(new URLSearchParams(view.query), { replace: true });
        }}
        options={views.map((view) => ({ value: view.name, label: view.name }))}
        notFoundContent={t('desktop.leads.noViews')}
      />
      <Button
        icon={<SaveOutlined />}
        onClick={() => setNaming(true)}
        aria-label={t('desktop.leads.saveView')}
        title={t('desktop.leads.saveView')}
      />
      {current && (
        <Button
          icon={<DeleteOutlined />}
          onClick={remove}
          aria-label={t('desktop.leads.deleteView')}
          title={t('desktop.leads.deleteView')}
        />
      )}
      <Modal
        open={naming}
        title={t('desktop.leads.saveView')}
        okText={t('actions.save')}
        cancelText={t('actions.cancel')}
        okButtonProps={{ disabled: !name.trim() }}
        onOk={save}
        onCancel={() => setNaming(false)}
      >
        <Input
          autoFocus
          maxLength={40}
          placeholder={t('desktop.leads.viewName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onPressEnter={save}
        />
      </Modal>
    </Space.Compact>
  );
}
