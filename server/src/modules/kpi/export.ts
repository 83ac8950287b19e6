import ExcelJS from 'exceljs';
import { escapeFormula } from '../imports/csv.ts';
import type { scores } from './service.ts';

type Scores = Awaited<ReturnType<typeof scores>>;

const TEXT = {
  zh: {
    people: '个人排名',
    teams: '团队',
    columns: ['姓名', '角色', '团队', '城市', '得分', '团队排名', '城市排名'],
    teamColumns: ['团队', '人数', '平均分', '城市排名'],
    points: '得分',
    metrics: {
      visits: '拜访次数',
      uniqueStores: '拜访门店数',
      firstVisits: '首次拜访门店',
      claims: '认领',
      opportunities: '商机',
      signings: '签约',
      renewals: '续约',
      dealsOnline: '上单',
      sales: '销量',
      taskCompletion: '任务完成率 %',
    },
  },
  en: {
    people: 'People',
    teams: 'Teams',
    columns: ['Name', 'Role', 'Team', 'City', 'Score', 'Team rank', 'City rank'],
    teamColumns: ['Team', 'People', 'Average score', 'City rank'],
    points: 'points',
    metrics: {
      visits: 'Visits',
      uniqueStores: 'Stores visited',
      firstVisits: 'First visits',
      claims: 'Claims',
      opportunities: 'Opportunities',
      signings: 'Signings',
      renewals: 'Renewals',
      dealsOnline: 'Deals online',
      sales: 'Sales',
      taskCompletion: 'Task completion %',
    },
  },
} as const;

const cell = (v: string | number | null) => (typeof v === 'string' ? escapeFormula(v) : v);

/** The month's scores as a workbook: one sheet of people (each metric's actual and points), one of teams. */
export async function scoresWorkbook(result: Scores, lang: 'zh' | 'en'): Promise<Buffer> {
  const text = TEXT[lang];
  const workbook = new ExcelJS.Workbook();
  const metrics = [...new Set(result.people.flatMap((p) => p.lines.map((l) => l.metric)))];
  const people = workbook.addWorksheet(`${text.people} ${result.month}`);
  people.addRow([
    ...text.columns,
    ...metrics.flatMap((m) => [text.metrics[m], `${text.metrics[m]} ${text.points}`]),
  ]);
  for (const p of result.people) {
    const byMetric = new Map(p.lines.map((l) => [l.metric, l]));
    people.addRow(
      [
        p.name,
        p.role,
        p.unitName,
        p.cityName,
        p.score,
        p.teamRank,
        p.cityRank,
        ...metrics.flatMap((m) => [byMetric.get(m)?.actual ?? null, byMetric.get(m)?.points ?? null]),
      ].map(cell),
    );
  }
  const teams = workbook.addWorksheet(text.teams);
  teams.addRow([...text.teamColumns]);
  for (const t of result.teams) teams.addRow([t.name, t.people, t.score, t.cityRank].map(cell));
  for (const sheet of [people, teams]) sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
