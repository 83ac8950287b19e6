import { describe, expect, it } from 'vitest';
import type { ApprovalStep } from '../../../api/types.ts';
import {
  allowedActions,
  chainRules,
  expectedChain,
  lastRejection,
  trailRounds,
  type Viewer,
  waitingTime,
} from './contract-rules.ts';

const bd: Viewer = { userId: '7', role: 'bd', manages: false, canApprove: false, canTerminate: false };
const lead: Viewer = { userId: '5', role: 'bd_manager', manages: true, canApprove: true, canTerminate: true };
const city: Viewer = {
  userId: '3',
  role: 'city_manager',
  manages: true,
  canApprove: true,
  canTerminate: true,
};

const step = (round: number, n: number, role: string, decision: string, comment: string | null = null) =>
  ({
    round,
    step: n,
    role,
    decision,
    decidedBy: null,
    decidedByName: null,
    comment,
    decidedAt: null,
  }) satisfies ApprovalStep;

const contract = (
  status: string,
  over: { round?: number; currentStep?: number | null; ownerId?: string } = {},
) => ({
  status,
  ownerId: '7',
  round: 1,
  currentStep: null,
  ...over,
});

describe('contract buttons', () => {
  it('let the owner revise and submit a draft or a rejected contract, not someone else’s rep', () => {
    expect(allowedActions(contract('draft'), [], bd)).toEqual(['edit', 'submit']);
    expect(allowedActions(contract('rejected'), [], bd)).toEqual(['edit', 'submit']);
    expect(allowedActions(contract('draft', { ownerId: '8' }), [], bd)).toEqual([]);
    expect(allowedActions(contract('draft', { ownerId: '8' }), [], lead)).toEqual(['edit', 'submit']);
  });

  it('offer approve and reject only to the role of the step the contract waits on', () => {
    const trail = [step(1, 1, 'bd_manager', 'approved'), step(1, 2, 'city_manager', 'pending')];
    const waiting = contract('pending_approval', { currentStep: 2 });
    expect(allowedActions(waiting, trail, city)).toEqual(['approve', 'reject']);
    expect(allowedActions(waiting, trail, lead)).toEqual([]);
    expect(allowedActions(waiting, trail, bd)).toEqual([]);
  });

  it('look at the current round only (an earlier round’s step does not count)', () => {
    const trail = [step(1, 1, 'bd_manager', 'rejected'), step(2, 1, 'city_manager', 'pending')];
    const waiting = contract('pending_approval', { round: 2, currentStep: 1 });
    expect(allowedActions(waiting, trail, lead)).toEqual([]);
    expect(allowedActions(waiting, trail, city)).toEqual(['approve', 'reject']);
  });

  it('let the owner sign an approved contract and managers terminate a signed one', () => {
    expect(allowedActions(contract('approved'), [], bd)).toEqual(['sign']);
    expect(allowedActions(contract('active'), [], bd)).toEqual([]);
    expect(allowedActions(contract('signed'), [], lead)).toEqual(['terminate']);
    expect(allowedActions(contract('terminated'), [], lead)).toEqual([]);
  });
});

describe('approval trail', () => {
  it('groups steps by round, the latest round first', () => {
    const rounds = trailRounds([
      step(1, 2, 'city_manager', 'rejected', 'commission too low'),
      step(1, 1, 'bd_manager', 'approved'),
      step(2, 1, 'bd_manager', 'pending'),
    ]);
    expect(rounds.map((r) => [r.round, r.steps.map((s) => s.step)])).toEqual([
      [2, [1]],
      [1, [1, 2]],
    ]);
  });

  it('finds the rejection of the latest round to show what to revise', () => {
    const trail = [step(1, 1, 'bd_manager', 'approved'), step(1, 2, 'city_manager', 'rejected', 'raise it')];
    expect(lastRejection(trail)?.comment).toBe('raise it');
    expect(lastRejection([...trail, step(2, 1, 'bd_manager', 'pending')])).toBeUndefined();
  });
});

describe('waiting time', () => {
  it('counts in the largest whole unit', () => {
    const now = new Date('2026-11-27T10:00:00Z');
    expect(waitingTime('2026-11-25T08:00:00Z', now)).toEqual({ unit: 'days', count: 2 });
    expect(waitingTime('2026-11-27T07:30:00Z', now)).toEqual({ unit: 'hours', count: 2 });
    expect(waitingTime('2026-11-27T09:55:00Z', now)).toEqual({ unit: 'minutes', count: 5 });
    expect(waitingTime('2026-11-27T10:05:00Z', now)).toEqual({ unit: 'minutes', count: 0 });
  });
});

describe('expected approval chain', () => {
  const rules = chainRules({
    contractApproval: [
      { role: 'bd_manager' },
      { role: 'city_manager', commissionBelow: 3 },
      { role: 'city_manager', amountAbove: 200_000 },
      'garbage',
    ],
  });

  it('follows the tenant’s thresholds, each role once', () => {
    expect(expectedChain(rules, { amount: 50_000, commissionRate: 5 })).toEqual(['bd_manager']);
    expect(expectedChain(rules, { amount: 50_000, commissionRate: 2.5 })).toEqual([
      'bd_manager',
      'city_manager',
    ]);
    expect(expectedChain(rules, { amount: 300_000, commissionRate: 1 })).toEqual([
      'bd_manager',
      'city_manager',
    ]);
  });

  it('is empty when the tenant has no rules', () => {
    expect(expectedChain(chainRules(undefined), { amount: 1, commissionRate: 1 })).toEqual([]);
    expect(expectedChain(chainRules({ contractApproval: 'x' }), { amount: 1, commissionRate: 1 })).toEqual(
      [],
    );
  });
});
