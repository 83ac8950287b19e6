import { describe, expect, it } from 'vitest';
import type { Permission } from '../auth/use-me.ts';
import { trail, visibleMenu } from './menu.tsx';

const paths = (entries: ReturnType<typeof visibleMenu>): string[] =>
  entries.flatMap((entry) => [entry.path, ...(entry.children ? paths(entry.children) : [])]);

describe('desktop menu', () => {
  it('shows a rep only what the server lets them do', () => {
    const bd = new Set<Permission>(['leads.claim']);
    const shown = paths(visibleMenu((p) => bd.has(p)));
    expect(shown).toContain('/pool/mine');
    expect(shown).not.toContain('/pool/team');
    expect(shown).not.toContain('/review');
    expect(shown).not.toContain('/settings');
    expect(shown).not.toContain('/audit-log');
    expect(shown).toEqual(expect.arrayContaining(['/pipeline', '/contracts']));
    expect(shown).not.toContain('/approvals');
    expect(shown).not.toContain('/settings/stages');
  });

  it('shows a team lead the approval queue', () => {
    const lead = new Set<Permission>(['leads.claim', 'leads.assign', 'contracts.approve']);
    expect(paths(visibleMenu((p) => lead.has(p)))).toContain('/approvals');
  });

  it('shows an administrator the settings', () => {
    const shown = paths(visibleMenu(() => true));
    expect(shown).toEqual(
      expect.arrayContaining(['/settings/users', '/settings/pool-rules', '/audit-log', '/review']),
    );
  });

  it('shows deals to everyone, the deal audit to reviewers and portfolios to operations', () => {
    const bd = paths(visibleMenu((p) => p === 'leads.claim' || p === 'deals.draft'));
    expect(bd).toEqual(expect.arrayContaining(['/deals', '/tasks']));
    expect(bd).not.toContain('/deal-audit');
    expect(bd).not.toContain('/portfolio');
    const reviewer = paths(visibleMenu((p) => p === 'deals.audit' || p === 'leads.review'));
    expect(reviewer).toContain('/deal-audit');
    const ops = paths(visibleMenu((p) => p === 'ops.portfolio'));
    expect(ops).toEqual(expect.arrayContaining(['/portfolio', '/tasks']));
  });

  it('finds the breadcrumb trail of a page, detail pages included', () => {
    expect(trail('/pool/team').map((e) => e.label)).toEqual(['pool', 'teamPool']);
    expect(trail('/leads/42').map((e) => e.label)).toEqual(['leads', 'allLeads']);
    expect(trail('/leads-import').map((e) => e.label)).toEqual(['leads', 'import']);
    expect(trail('/contracts/42/edit').map((e) => e.label)).toEqual(['sales', 'contracts']);
    expect(trail('/deals/42/edit').map((e) => e.label)).toEqual(['deals', 'dealCenter']);
    expect(trail('/deal-audit').map((e) => e.label)).toEqual(['deals', 'dealAudit']);
    expect(trail('/portfolio').map((e) => e.label)).toEqual(['operations', 'portfolio']);
    expect(trail('/nowhere')).toEqual([]);
  });
});
