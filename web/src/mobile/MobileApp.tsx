import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider, DotLoading } from 'antd-mobile';
import enUS from 'antd-mobile/es/locales/en-US';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { lazy, type ReactNode, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Navigate, Outlet, RouterProvider, useLocation } from 'react-router';
import { useSession } from '../auth/session.ts';
import { createQueryClient } from '../shared/query-client.ts';
import { TabLayout } from './TabLayout.tsx';

const Login = lazy(() => import('./pages/Login.tsx'));
const Nearby = lazy(() => import('./pages/Nearby.tsx'));
const Todo = lazy(() => import('./pages/Todo.tsx'));
const Me = lazy(() => import('./pages/Me.tsx'));
const Merchant = lazy(() => import('./pages/Merchant.tsx'));
const CheckIn = lazy(() => import('./pages/CheckIn.tsx'));
const NewStore = lazy(() => import('./pages/NewStore.tsx'));

function PageLoading() {
  return (
    <div className="page-loading" role="status">
      <DotLoading color="primary" />
    </div>
  );
}

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}

/** Screens behind the login: without a session, go to the login and come back here after it. */
function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?from=${encodeURIComponent(from)}`} replace />;
  }
  return <Outlet />;
}

const router = createBrowserRouter(
  [
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
          element: <TabLayout />,
          children: [
            { index: true, element: <Navigate to="/nearby" replace /> },
            {
              path: '/nearby',
              element: (
                <Page>
                  <Nearby />
                </Page>
              ),
            },
            {
              path: '/todo',
              element: (
                <Page>
                  <Todo />
                </Page>
              ),
            },
            {
              path: '/me',
              element: (
                <Page>
                  <Me />
                </Page>
              ),
            },
          ],
        },
        {
          path: '/leads/:id',
          element: (
            <Page>
              <Merchant />
            </Page>
          ),
        },
        {
          path: '/leads/:id/check-in',
          element: (
            <Page>
              <CheckIn />
            </Page>
          ),
        },
        {
          path: '/new-store',
          element: (
            <Page>
              <NewStore />
            </Page>
          ),
        },
        { path: '*', element: <Navigate to="/nearby" replace /> },
      ],
    },
  ],
  { basename: '/m' },
);

export function MobileApp() {
  const [queryClient] = useState(createQueryClient);
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en-US' ? enUS : zhCN}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ConfigProvider>
  );
}
