import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import {
  type ComponentType,
  type LazyExoticComponent,
  lazy,
  type ReactNode,
  Suspense,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Navigate, Outlet, RouterProvider, useLocation } from 'react-router';
import { useSession } from '../auth/session.ts';
import { createQueryClient } from '../shared/query-client.ts';
import { AppLayout } from './AppLayout.tsx';

const Login = lazy(() => import('./pages/Login.tsx'));
const Home = lazy(() => import('./pages/home/HomePage.tsx'));
const Leads = lazy(() => import('./pages/leads/LeadsPage.tsx'));
const LeadDetail = lazy(() => import('./pages/leads/LeadDetailPage.tsx'));
const NotFound = lazy(() => import('./pages/NotFound.tsx'));
const PublicPool = lazy(() =>
  import('./pages/pool/PoolPages.tsx').then((m) => ({ default: m.PublicPoolPage })),
);
const MyPool = lazy(() => import('./pages/pool/PoolPages.tsx').then((m) => ({ default: m.MyPoolPage })));
const TeamPool = lazy(() => import('./pages/pool/PoolPages.tsx').then((m) => ({ default: m.TeamPoolPage })));
const Expiring = lazy(() => import('./pages/pool/ExpiringPage.tsx'));
const Review = lazy(() => import('./pages/review/ReviewPage.tsx'));
const Visits = lazy(() => import('./pages/visits/VisitsPage.tsx'));
const Org = lazy(() => import('./pages/settings/OrgPage.tsx'));
const Users = lazy(() => import('./pages/settings/UsersPage.tsx'));
const PoolRules = lazy(() => import('./pages/settings/PoolRulesPage.tsx'));
const Fields = lazy(() => import('./pages/settings/FieldsPage.tsx'));
const ApiKeys = lazy(() => import('./pages/settings/ApiKeysPage.tsx'));
const Webhooks = lazy(() => import('./pages/settings/WebhooksPage.tsx'));
const AuditLog = lazy(() => import('./pages/audit/AuditLogPage.tsx'));
const Import = lazy(() => import('./pages/import/ImportPage.tsx'));
const Board = lazy(() => import('./pages/pipeline/BoardPage.tsx'));
const Stages = lazy(() => import('./pages/pipeline/StagesPage.tsx'));
const Contracts = lazy(() => import('./pages/contracts/ContractsPage.tsx'));
const Contract = lazy(() => import('./pages/contracts/ContractPage.tsx'));
const ContractForm = lazy(() => import('./pages/contracts/ContractFormPage.tsx'));
const Approvals = lazy(() => import('./pages/contracts/ApprovalsPage.tsx'));
const DealCenter = lazy(() => import('./pages/deals/DealCenterPage.tsx'));
const Deal = lazy(() => import('./pages/deals/DealPage.tsx'));
const DealForm = lazy(() => import('./pages/deals/DealFormPage.tsx'));
const DealAudit = lazy(() => import('./pages/deals/DealAuditPage.tsx'));
const Portfolio = lazy(() => import('./pages/ops/PortfolioPage.tsx'));
const Tasks = lazy(() => import('./pages/ops/TasksPage.tsx'));
const Competitors = lazy(() => import('./pages/competitors/CompetitorsPage.tsx'));
const TagRules = lazy(() => import('./pages/competitors/TagRulesPage.tsx'));
const Campaigns = lazy(() => import('./pages/campaigns/CampaignsPage.tsx'));
const CampaignEditor = lazy(() => import('./pages/campaigns/CampaignEditorPage.tsx'));
const CampaignProgress = lazy(() => import('./pages/campaigns/CampaignProgressPage.tsx'));
const Escalations = lazy(() => import('./pages/campaigns/EscalationsPage.tsx'));
const Dashboard = lazy(() => import('./pages/analytics/DashboardPage.tsx'));
const Performance = lazy(() => import('./pages/analytics/PerformancePage.tsx'));

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

/** A lazily loaded screen at `path`: each route is its own chunk. */
function screen(path: string, Screen: LazyExoticComponent<ComponentType>) {
  return {
    path,
    element: (
      <Page>
        <Screen />
      </Page>
    ),
  };
}

const router = createBrowserRouter([
  screen('/login', Login),
  {
    element: <RequireSession />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <Navigate to="/home" replace /> },
          screen('/home', Home),
          screen('/leads', Leads),
          screen('/leads/:id', LeadDetail),
          screen('/leads-import', Import),
          screen('/pool/public', PublicPool),
          screen('/pool/mine', MyPool),
          screen('/pool/team', TeamPool),
          screen('/pool/expiring', Expiring),
          screen('/review', Review),
          screen('/visits', Visits),
          screen('/pipeline', Board),
          screen('/contracts', Contracts),
          screen('/contracts/new', ContractForm),
          screen('/contracts/:id', Contract),
          screen('/contracts/:id/edit', ContractForm),
          screen('/approvals', Approvals),
          screen('/deals', DealCenter),
          screen('/deals/new', DealForm),
          screen('/deals/:id', Deal),
          screen('/deals/:id/edit', DealForm),
          screen('/deal-audit', DealAudit),
          screen('/portfolio', Portfolio),
          screen('/tasks', Tasks),
          screen('/competitors', Competitors),
          screen('/settings/tag-rules', TagRules),
          screen('/campaigns', Campaigns),
          screen('/campaigns/new', CampaignEditor),
          screen('/campaigns/:id', CampaignProgress),
          screen('/campaigns/:id/edit', CampaignEditor),
          screen('/escalations', Escalations),
          screen('/analytics/dashboard', Dashboard),
          screen('/analytics/performance', Performance),
          screen('/settings/stages', Stages),
          screen('/settings/org', Org),
          screen('/settings/users', Users),
          screen('/settings/pool-rules', PoolRules),
          screen('/settings/fields', Fields),
          screen('/settings/api-keys', ApiKeys),
          screen('/settings/webhooks', Webhooks),
          screen('/audit-log', AuditLog),
          screen('*', NotFound),
        ],
      },
    ],
  },
]);

export function DesktopApp() {
  const [queryClient] = useState(createQueryClient);
  const { i18n } = useTranslation();
  // Date pickers name months and weekdays through dayjs.
  dayjs.locale(i18n.language === 'en-US' ? 'en' : 'zh-cn');
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
