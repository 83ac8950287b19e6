import { TabBar } from 'antd-mobile';
import { CheckShieldOutline, EnvironmentOutline, UserOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';

/** The three tabs of the BD's day: stores around me, what is due, and my account. */
export function TabLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const tabs = [
    { key: '/nearby', title: t('mobile.tabs.nearby'), icon: <EnvironmentOutline /> },
    { key: '/todo', title: t('mobile.tabs.todo'), icon: <CheckShieldOutline /> },
    { key: '/me', title: t('mobile.tabs.me'), icon: <UserOutline /> },
  ];
  const active = tabs.find((tab) => location.pathname.startsWith(tab.key))?.key ?? '/nearby';
  return (
    <div className="tab-layout">
      <main className="tab-layout-body">
        <Outlet />
      </main>
      <nav className="tab-layout-bar">
        <TabBar activeKey={active} onChange={(key) => navigate(key)} safeArea>
          {tabs.map((tab) => (
            <TabBar.Item key={tab.key} icon={tab.icon} title={tab.title} />
          ))}
        </TabBar>
      </nav>
    </div>
  );
}
