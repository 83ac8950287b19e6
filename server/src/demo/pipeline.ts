import { DAY, HOUR, ManualClock } from '../clock.ts';
import type { Deps } from '../deps.ts';
import { submitRecords } from '../modules/competitors/service.ts';
import { createContract, decide, signContract, submitContract } from '../modules/contracts/service.ts';
import { approveDeal, takeOffline } from '../modules/deals/review.ts';
import { pushSales } from '../modules/deals/sales.ts';
import { createDeal, submitDeal } from '../modules/deals/service.ts';
import { createDefinition } from '../modules/kpi/service.ts';
import { createOpportunity, moveStage } from '../modules/opportunities/service.ts';
import { addDays } from '../modules/ops/dates.ts';
import { bulkHandOver } from '../modules/ops/handover.ts';
import { createRenewalTasks } from '../modules/ops/renewals.ts';
import { localDay } from '../modules/pool/service.ts';
import { createTask } from '../modules/tasks/service.ts';
import { actorForUser } from '../platform/auth/service.ts';
import { type Actor, systemActor } from '../platform/roles.ts';
import { tenantSettings } from '../platform/tenants/service.ts';
import * as users from '../platform/users/service.ts';
import type { DemoMerchant } from './leads.ts';

const MENU = {
  hotpot: [
    { name: '精品肥牛', quantity: 1, price: 68 },
    { name: '锅底', quantity: 1, price: 58 },
    { name: '蔬菜拼盘', quantity: 1, price: 38 },
  ],
  duck: [
    { name: '烤鸭（整只）', quantity: 1, price: 198 },
    { name: '饼与小料', quantity: 1, price: 20 },
  ],
};

/**
 * The sales pipeline of the demo, replayed through the services over the last ten days: the BD's
 * opportunities at every stage, contracts waiting for approval, signed, active and one ending
 * within the renewal window; deals as drafts, in audit, online with sales and taken offline; two
 * merchants with the ops person, open to-dos, a competitor store undercutting one of our deals
 * and the BD's KPI definition. Every step is a use case of a module, so the audit log, histories
 * and change feed read as if people had done it.
 */
export async function seedDemoPipeline(
  deps: Deps,
  tenantId: string,
  merchants: { worked: DemoMerchant[]; fresh: DemoMerchant[] },
): Promise<void> {
  const now = deps.clock.now();
  const clock = new ManualClock(new Date(now.getTime() - 10 * DAY));
  const past: Deps = { ...deps, clock };
  const { timezone } = await tenantSettings(deps, tenantId);
  const today = localDay(now, timezone);
  const people = await users.listUsers(past, systemActor(tenantId, 'demo-seed'), { limit: 50 });
  const as = (username: string): Promise<Actor> =>
    actorForUser(past, tenantId, people.items.find((u) => u.username === username)!.id, {
      ip: null,
      requestId: 'demo-seed',
    });
  const [bd, bdm, reviewer, hq, opsm] = (await Promise.all(
    ['bd', 'bdm', 'reviewer', 'hq', 'opsm'].map(as),
  )) as [Actor, Actor, Actor, Actor, Actor];
  const ops = people.items.find((u) => u.username === 'ops')!;
  const [hotpot, dadong, dayali, liulin, xiangshui, kfc] = merchants.worked as [
    DemoMerchant,
    DemoMerchant,
    DemoMerchant,
    DemoMerchant,
    DemoMerchant,
    DemoMerchant,
  ];
  const later = (hours: number) => clock.advance(hours * HOUR);

  // Opportunities at each open stage, on the stores claimed three days ago.
  const stages = ['initial_contact', 'needs_confirmed', 'proposal', 'negotiation', 'proposal'];
  for (const [i, stageKey] of stages.entries()) {
    const store = merchants.fresh[i]!;
    await createOpportunity(past, bd, store.id, {
      title: `${store.name} 团购合作`,
      amount: 20_000 + i * 5_000,
      expectedClose: addDays(today, 15 + i * 5),
      stageKey,
    });
  }

  // A contract through its approval: drafted, submitted, approved by the team lead, signed.
  const sign = async (
    store: DemoMerchant,
    terms: { amount: number; startOn: string; endOn: string },
    opportunity = true,
  ) => {
    const opp = opportunity
      ? await createOpportunity(past, bd, store.id, { title: `${store.name} 年度合作`, amount: terms.amount })
      : undefined;
    if (opp) await moveStage(past, bd, opp.id, { stageKey: 'negotiation', note: '价格已谈妥' });
    const contract = await createContract(past, bd, store.id, {
      type: 'new',
      title: `${store.name} 团购合作合同`,
      commissionRate: 5,
      ...terms,
      ...(opp && { opportunityId: opp.id }),
    });
    await submitContract(past, bd, contract.id);
    later(3);
    await decide(past, bdm, contract.id, { decision: 'approved', comment: '条款合理' });
    later(1);
    return signContract(past, bd, contract.id);
  };
  // Signed almost a year ago and ending in three weeks: a renewal to-do.
  await sign(dayali, { amount: 60_000, startOn: addDays(today, -345), endOn: addDays(today, 20) });
  await sign(dadong, { amount: 80_000, startOn: addDays(today, -9), endOn: addDays(today, 356) });
  later(20);
  await sign(hotpot, { amount: 30_000, startOn: addDays(today, -8), endOn: addDays(today, 357) }, false);
  // Signed, starting next month.
  await sign(liulin, { amount: 45_000, startOn: addDays(today, 20), endOn: addDays(today, 385) }, false);
  // Waiting for the team lead.
  const pending = await createContract(past, bd, xiangshui.id, {
    type: 'new',
    title: `${xiangshui.name} 团购合作合同`,
    amount: 25_000,
    commissionRate: 6,
    startOn: addDays(today, 3),
    endOn: addDays(today, 368),
  });
  await submitContract(past, bd, pending.id);
  await createContract(past, bd, kfc.id, {
    type: 'new',
    title: `${kfc.name} 合作合同（草稿）`,
    amount: 15_000,
    commissionRate: 8,
    startOn: addDays(today, 10),
    endOn: addDays(today, 375),
  });

  // Deals of the signed merchants: online (with sales), offline, waiting for audit, a draft.
  clock.set(new Date(now.getTime() - 6 * DAY));
  const deal = (store: DemoMerchant, title: string, menu: keyof typeof MENU, price: number, list: number) =>
    createDeal(past, bd, store.id, {
      title,
      items: MENU[menu],
      listPrice: list,
      dealPrice: price,
      minGroupSize: 2,
      validFrom: addDays(today, -6),
      validTo: addDays(today, 84),
    });
  const online = await deal(dayali, '烤鸭双人餐', 'duck', 168, 228);
  const duck = await deal(dadong, '招牌烤鸭双人餐', 'duck', 198, 258);
  const gone = await deal(hotpot, '双人火锅套餐', 'hotpot', 198, 268);
  for (const d of [online, duck, gone]) await submitDeal(past, bd, d.id);
  later(5);
  for (const d of [online, duck, gone]) await approveDeal(past, reviewer, d.id, '图文齐全');
  clock.set(new Date(now.getTime() - 2 * DAY));
  await takeOffline(past, reviewer, gone.id, '商家装修，暂停营业');
  const waiting = await deal(dadong, '烤鸭单人餐', 'duck', 108, 139);
  await submitDeal(past, bd, waiting.id);
  await deal(hotpot, '四人火锅套餐（草稿）', 'hotpot', 318, 428);
  await pushSales(past, hq, [
    { dealId: online.id, salesCount: 126 },
    { dealId: duck.id, salesCount: 58 },
    { dealId: gone.id, salesCount: 17 },
  ]);

  // Two merchants go to the ops person; the third signed one stays with the BD for now.
  later(2);
  await bulkHandOver(past, opsm, {
    opsUserId: ops.id,
    leadIds: [dayali.id, dadong.id],
    reason: '签约完成，转运营维护',
  });

  clock.set(now);
  await createRenewalTasks(past, tenantId);
  await createTask(past, bdm, {
    assigneeId: bd.id,
    leadId: xiangshui.id,
    kind: 'follow_up',
    title: '催签合同：补充营业执照',
    dueAt: new Date(now.getTime() + 2 * DAY).toISOString(),
  });
  await createTask(past, bdm, {
    assigneeId: bd.id,
    leadId: merchants.fresh[3]!.id,
    kind: 'visit',
    title: '上门确认报价',
    dueAt: new Date(now.getTime() + 3 * DAY).toISOString(),
  });

  // The same roast-duck restaurant sells a comparable menu cheaper on another platform.
  await submitRecords(past, hq, {
    records: [
      {
        platform: '美味点评',
        storeName: dayali.name,
        lat: dayali.lat + 0.0001,
        lng: dayali.lng,
        city: '北京市',
        category: '烤鸭',
        title: '烤鸭双人餐',
        price: 148,
        sales: 310,
        observedAt: new Date(now.getTime() - DAY).toISOString(),
      },
    ],
  });
  await createDefinition(past, hq, {
    name: 'BD 月度考核',
    role: 'bd',
    cap: 1.2,
    metrics: [
      { metric: 'visits', weight: 40, target: 60 },
      { metric: 'signings', weight: 40, target: 4 },
      { metric: 'taskCompletion', weight: 20, target: 90 },
    ],
  });
}
