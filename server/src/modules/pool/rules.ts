import { DAY } from '../../clock.ts';
import type { DeadlineReason } from '../../db/schema.ts';

/** A pool's rules (DESIGN §4). Days are whole 24-hour days from the moment of the event. */
export interface PoolRules {
  maxPrivate: number;
  dailyClaimCap: number;
  termDays: number;
  noVisitDays: number;
  noSignDays: number;
  extendDays: number;
  maxSelfExtensions: number;
  reclaimCooldownDays: number;
  remindBeforeDays: number;
  exemptTags: string[];
}

export interface TagRule {
  tag: string;
  rules: Partial<Omit<PoolRules, 'exemptTags'>>;
}

/** The pool's rules with the overrides of the first tag rule that matches one of the lead's tags. */
export function effectiveRules(base: PoolRules, tagRules: TagRule[], tags: readonly string[]): PoolRules {
  const override = tagRules.find((rule) => tags.includes(rule.tag));
  return override ? { ...base, ...override.rules } : base;
}

export interface Deadline {
  deadlineAt: Date | null;
  reason: DeadlineReason | null;
}

/**
 * deadline = min(claimed + term (+ extensions), last visit or claim + no-visit, claimed + no-sign
 * (+ extensions)), and which rule set it. On a tie the rule the BD can act on soonest wins:
 * no_visit (go and visit), then no_sign, then term. Exempt tags: no deadline.
 */
export function computeDeadline(
  rules: PoolRules,
  state: { claimedAt: Date; lastVisitAt: Date | null; extensionsUsed: number },
  tags: readonly string[],
): Deadline {
  if (tags.some((tag) => rules.exemptTags.includes(tag))) return { deadlineAt: null, reason: 'exempt' };
  const claimed = state.claimedAt.getTime();
  const extension = state.extensionsUsed * rules.extendDays * DAY;
  const lastTouch = Math.max(claimed, state.lastVisitAt?.getTime() ?? claimed);
  const candidates: Array<[DeadlineReason, number]> = [
    ['no_visit', lastTouch + rules.noVisitDays * DAY],
    ['no_sign', claimed + rules.noSignDays * DAY + extension],
    ['term', claimed + rules.termDays * DAY + extension],
  ];
  let best = candidates[0]!;
  for (const candidate of candidates) if (candidate[1] < best[1]) best = candidate;
  return { deadlineAt: new Date(best[1]), reason: best[0] };
}
