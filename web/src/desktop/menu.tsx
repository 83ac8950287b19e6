import {
  AimOutlined,
  AreaChartOutlined,
  AuditOutlined,
  DatabaseOutlined,
  EnvironmentOutlined,
  FundOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  ShopOutlined,
  TeamOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../auth/use-me.ts';
import type { zhCN } from '../i18n/locales/zh-CN/index.ts';

type MenuLabel = keyof typeof zhCN.desktop.menu;

export interface MenuEntry {
  path: string;
  label: MenuLabel;
  icon?: ReactNode;
  /** Shown only to callers the server grants this permission (GET /auth/me). */
  permission?: Permission;
  children?: MenuEntry[];
}

/** The side menu and the breadcrumbs both come from this one tree. */
export const MENU: MenuEntry[] = [
  { path: '/home', label: 'home', icon: <HomeOutlined /> },
  {
    path: '/leads',
    label: 'leads',
    icon: <UnorderedListOutlined />,
    children: [
      { path: '/leads', label: 'allLeads' },
      { path: '/leads-import', label: 'import', permission: 'leads.import' },
    ],
  },
  {
    path: '/pool',
    label: 'pool',
    icon: <DatabaseOutlined />,
    children: [
      { path: '/pool/public', label: 'publicPool' },
      { path: '/pool/mine', label: 'myPool', permission: 'leads.claim' },
      { path: '/pool/team', label: 'teamPool', permission: 'leads.assign' },
      { path: '/pool/expiring', label: 'expiring' },
    ],
  },
  {
    path: '/sales',
    label: 'sales',
    icon: <FundOutlined />,
    children: [
      { path: '/pipeline', label: 'board' },
      { path: '/contracts', label: 'contracts' },
      { path: '/approvals', label: 'approvals', permission: 'contracts.approve' },
    ],
  },
  {
    path: '/deals',
    label: 'deals',
    icon: <ShopOutlined />,
    children: [
      { path: '/deals', label: 'dealCenter' },
      { path: '/deal-audit', label: 'dealAudit', permission: 'deals.audit' },
    ],
  },
  {
    path: '/ops',
    label: 'operations',
    icon: <TeamOutlined />,
    children: [
      { path: '/portfolio', label: 'portfolio', permission: 'ops.portfolio' },
      { path: '/tasks', label: 'tasks' },
    ],
  },
  {
    path: '/hq',
    label: 'hq',
    icon: <AimOutlined />,
    children: [
      { path: '/campaigns', label: 'campaigns', permission: 'campaigns.run' },
      { path: '/escalations', label: 'escalations', permission: 'tasks.escalations' },
      { path: '/competitors', label: 'competitors', permission: 'competitors.manage' },
    ],
  },
  {
    path: '/analytics',
    label: 'analytics',
    icon: <AreaChartOutlined />,
    permission: 'analytics.view',
    children: [
      { path: '/analytics/dashboard', label: 'dashboard' },
      { path: '/analytics/performance', label: 'performance' },
    ],
  },
  { path: '/review', label: 'review', icon: <SafetyCertificateOutlined />, permission: 'leads.review' },
  { path: '/visits', label: 'visits', icon: <EnvironmentOutlined /> },
  {
    path: '/settings',
    label: 'settings',
    icon: <SettingOutlined />,
    children: [
      { path: '/settings/org', label: 'org', permission: 'org.manage' },
      { path: '/settings/users', label: 'users', permission: 'users.manage' },
      { path: '/settings/pool-rules', label: 'poolRules', permission: 'pools.manage' },
      { path: '/settings/stages', label: 'stages', permission: 'stages.manage' },
      { path: '/settings/fields', label: 'fields', permission: 'fields.manage' },
      { path: '/settings/api-keys', label: 'apiKeys', permission: 'apiKeys.manage' },
      { path: '/settings/tag-rules', label: 'tagRules', permission: 'tagRules.manage' },
      { path: '/settings/webhooks', label: 'webhooks', permission: 'webhooks.manage' },
    ],
  },
  { path: '/audit-log', label: 'auditLog', icon: <AuditOutlined />, permission: 'auditLog.read' },
];

/** The menu without what the caller may not use (and without groups left empty). */
export function visibleMenu(can: (permission: Permission) => boolean, entries = MENU): MenuEntry[] {
  return entries.flatMap((entry) => {
    if (entry.permission && !can(entry.permission)) return [];
    if (!entry.children) return [entry];
    const children = visibleMenu(can, entry.children);
    return children.length > 0 ? [{ ...entry, children }] : [];
  });
}

/** The menu entries from the root down to the one that serves `pathname`, for the breadcrumbs. */
export function trail(pathname: string, entries = MENU): MenuEntry[] {
  for (const entry of entries) {
    const inner = entry.children ? trail(pathname, entry.children) : [];
    if (inner.length > 0)
      return entry.children!.length === 1 && inner[0]!.path === entry.path ? inner : [entry, ...inner];
    if (pathname === entry.path || pathname.startsWith(`${entry.path}/`)) return [entry];
  }
  return [];
}
