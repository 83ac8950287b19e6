import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, type ReactNode, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Navigate, Outlet, RouterProvider, useLocation } from 'react-router';
import { useSession } from '../auth/session.ts';
import { createQueryClient } from '../shared/query-client.ts';
import { AppLayout } from './AppLayout.tsx';

const Login = lazy(() => import('./pages/Login.tsx'));
const Leads = lazy(() => import('./pages/leads/LeadsPage.tsx'));
const LeadDetail = lazy(() => import('./pages/leads/LeadDetailPage.tsx'));
const NotFound = lazy(() => import('./pages/NotFound.tsx'));

function Page({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <div className="center-block">
          <Spin />
        </div>
      }
    >
      {children}
    </Suspense>
  );
}

function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?from=${encodeURIComponent(from)}`} replace />;
  }
  return <Outlet />;
}

const router = createBrowserRouter([
  {
    path: '/login',
    element: (
      <Page>
        <Login />
      </Page>
    ),
  },
  {
    element: <RequireSession />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <Navigate to="/leads" replace /> },
          {
            path: '/leads',
            element: (
              <Page>
                <Leads />
              </Page>
            ),
          },
          {
            path: '/leads/:id',
            element: (
              <Page>
                <LeadDetail />
              </Page>
            ),
          },
          {
            path: '*',
            element: (
              <Page>
                <NotFound />
              </Page>
            ),
          },
        ],
      },
    ],
  },
]);

export function DesktopApp() {
  const [queryClient] = useState(createQueryClient);
  const { i18n } = useTranslation();
  return (
    <ConfigProvider
      locale={i18n.language === 'en-US' ? enUS : zhCN}
      theme={{ token: { colorPrimary: '#1677ff' } }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
