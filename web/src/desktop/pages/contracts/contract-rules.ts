import type { ApprovalStep, ContractStatus, ContractSummary } from '../../../api/types.ts';

export const STATUS_COLORS: Record<ContractStatus, string> = {
  draft: 'default',
  pending_approval: 'processing',
  approved: 'cyan',
  rejected: 'error',
  signed: 'success',
  active: 'green',
  expired: 'default',
  terminated: 'volcano',
};

export const CONTRACT_STATUSES = Object.keys(STATUS_COLORS) as ContractStatus[];

export function isContractStatus(status: string): status is ContractStatus {
  return status in STATUS_COLORS;
}

export interface Viewer {
  userId: string;
  role: string;
  /** Manages other people's merchants (leads.assign): may work their team's contracts. */
  manages: boolean;
  canApprove: boolean;
  canTerminate: boolean;
}

export type ContractAction = 'edit' | 'submit' | 'approve' | 'reject' | 'sign' | 'terminate';

/** The step the contract waits on now, if it is in approval. */
export function currentStep(
  contract: Pick<ContractSummary, 'round' | 'currentStep' | 'status'>,
  approvals: ApprovalStep[],
): ApprovalStep | undefined {
  if (contract.status !== 'pending_approval' || contract.currentStep === null) return undefined;
  return approvals.find((a) => a.round === contract.round && a.step === contract.currentStep);
}

/**
 * The buttons to offer: what the contract's status allows and the viewer's role suggests. Only a
 * hint — the server decides, and its refusal is shown as a message.
 */
export function allowedActions(
  contract: Pick<ContractSummary, 'status' | 'ownerId' | 'round' | 'currentStep'>,
  approvals: ApprovalStep[],
  viewer: Viewer,
): ContractAction[] {
  const works = contract.ownerId === viewer.userId || viewer.manages;
  const actions: ContractAction[] = [];
  switch (contract.status) {
    case 'draft':
    case 'rejected':
      if (works) actions.push('edit', 'submit');
      break;
    case 'pending_approval': {
      const step = currentStep(contract, approvals);
      if (viewer.canApprove && step?.role === viewer.role) actions.push('approve', 'reject');
      break;
    }
    case 'approved':
      if (works) actions.push('sign');
      break;
    case 'signed':
    case 'active':
      if (viewer.canTerminate) actions.push('terminate');
      break;
  }
  return actions;
}

export interface Round {
  round: number;
  steps: ApprovalStep[];
}

/** The approval trail by submission, the latest first, each round's steps in order. */
export function trailRounds(approvals: ApprovalStep[]): Round[] {
  const rounds = new Map<number, ApprovalStep[]>();
  for (const approval of approvals) {
    rounds.set(approval.round, [...(rounds.get(approval.round) ?? []), approval]);
  }
  return [...rounds.entries()]
    .sort(([a], [b]) => b - a)
    .map(([round, steps]) => ({ round, steps: [...steps].sort((a, b) => a.step - b.step) }));
}

/** The last rejection of a rejected contract, to show the rep what to revise. */
export function lastRejection(approvals: ApprovalStep[]): ApprovalStep | undefined {
  return trailRounds(approvals)[0]?.steps.find((step) => step.decision === 'rejected');
}

/** How long something has waited, in the largest whole unit. */
export function waitingTime(
  sinceIso: string,
  now: Date,
): { unit: 'days' | 'hours' | 'minutes'; count: number } {
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(sinceIso).getTime()) / 60_000));
  if (minutes >= 24 * 60) return { unit: 'days', count: Math.floor(minutes / (24 * 60)) };
  if (minutes >= 60) return { unit: 'hours', count: Math.floor(minutes / 60) };
  return { unit: 'minutes', count: minutes };
}

export interface ChainRule {
  role: string;
  commissionBelow?: number;
  amountAbove?: number;
}

/** The tenant's approval rules from its settings (GET /auth/me), ignoring anything malformed. */
export function chainRules(settings: Record<string, unknown> | undefined): ChainRule[] {
  const rules = settings?.contractApproval;
  if (!Array.isArray(rules)) return [];
  return rules.filter(
    (rule): rule is ChainRule => typeof rule === 'object' && rule !== null && typeof rule.role === 'string',
  );
}

/**
 * The roles a contract will wait on, in order, as the server will work them out on submission
 * (shown on the form so the rep knows who will approve before submitting).
 */
export function expectedChain(
  rules: ChainRule[],
  contract: { amount: number; commissionRate: number },
): string[] {
  const roles: string[] = [];
  for (const rule of rules) {
    const conditional = rule.commissionBelow !== undefined || rule.amountAbove !== undefined;
    const holds =
      !conditional ||
      (rule.commissionBelow !== undefined && contract.commissionRate < rule.commissionBelow) ||
      (rule.amountAbove !== undefined && contract.amount > rule.amountAbove);
    if (holds && !roles.includes(rule.role)) roles.push(rule.role);
  }
  return roles;
}
