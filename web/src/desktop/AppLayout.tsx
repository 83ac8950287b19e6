import { GlobalOutlined, LogoutOutlined, MobileOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Breadcrumb, Dropdown, Layout, Menu, Space, Spin } from 'antd';
import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { endSession } from '../auth/session.ts';
import { useMe } from '../auth/use-me.ts';
import { LANGUAGES } from '../i18n/index.ts';
import { LANGUAGE_NAMES } from '../shared/language-names.ts';
import { type MenuEntry, trail, visibleMenu } from './menu.tsx';

/** Ant Design Pro's frame: side menu by permission, breadcrumbs, language and user menus. */
export function AppLayout() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const { can, session, me, isPending } = useMe();
  const entries = useMemo(() => visibleMenu(can), [can]);

  const toItem = (entry: MenuEntry): NonNullable<Parameters<typeof Menu>[0]['items']>[number] =>
    entry.children && !(entry.children.length === 1 && entry.children[0]!.path === entry.path)
      ? {
          key: `group:${entry.path}`,
          icon: entry.icon,
          label: t(`desktop.menu.${entry.label}`),
          children: entry.children.map(toItem),
        }
      : {
          key: entry.children?.[0]?.path ?? entry.path,
          icon: entry.icon,
          label: t(`desktop.menu.${entry.label}`),
        };

  const crumbs = trail(location.pathname);
  const selected = crumbs.at(-1)?.path ?? location.pathname;
  const openGroups = crumbs.length > 1 ? [`group:${crumbs[0]!.path}`] : [];
  const role = me?.role ?? session?.user.role ?? '';

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={220} breakpoint="lg" collapsedWidth={64}>
        <div className="app-logo">{t('app.name')}</div>
        {isPending ? (
          <div className="center-block">
            <Spin />
          </div>
        ) : (
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={[selected]}
            defaultOpenKeys={openGroups}
            items={entries.map(toItem)}
            onClick={({ key }) => navigate(key)}
          />
        )}
      </Layout.Sider>
      <Layout>
        <header className="app-header">
          <Breadcrumb
            className="grow"
            items={[
              { title: <Link to="/">{t('desktop.menu.home')}</Link> },
              ...crumbs
                .filter((entry) => entry.path !== '/home')
                .map((entry) => ({ title: t(`desktop.menu.${entry.label}`) })),
            ]}
          />
          <Dropdown
            menu={{
              selectedKeys: [i18n.language],
              items: LANGUAGES.map((language) => ({
                key: language,
                label: <span translate="no">{LANGUAGE_NAMES[language]}</span>,
              })),
              onClick: ({ key }) => void i18n.changeLanguage(key),
            }}
          >
            <Space
              style={{ cursor: 'pointer' }}
              aria-label={t('language.switchTo')}
              data-testid="language-menu"
            >
              <GlobalOutlined />
              {t('language.label')}
            </Space>
          </Dropdown>
          <Dropdown
            menu={{
              items: [
                { key: 'role', disabled: true, label: t(`roles.${role as 'bd'}`, { defaultValue: role }) },
                {
                  key: 'tenant',
                  disabled: true,
                  label: t('desktop.header.tenant', { name: session?.tenant.name ?? '' }),
                },
                { type: 'divider' },
                { key: 'mobile', icon: <MobileOutlined />, label: t('desktop.header.mobile') },
                { key: 'logout', icon: <LogoutOutlined />, label: t('actions.logout'), danger: true },
              ],
              onClick: ({ key }) => {
                if (key === 'logout') endSession('logout');
                if (key === 'mobile') window.location.assign('/m/');
              },
            }}
          >
            <Space style={{ cursor: 'pointer' }} data-testid="user-menu">
              <Avatar size="small" icon={<UserOutlined />} />
              <span translate="no">{session?.user.displayName}</span>
            </Space>
          </Dropdown>
        </header>
        <Layout.Content className="app-content">
          <Suspense
            fallback={
              <div className="center-block">
                <Spin />
              </div>
            }
          >
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
