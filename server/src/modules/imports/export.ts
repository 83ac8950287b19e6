import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Deps } from '../../deps.ts';
import type { FieldDef } from '../../platform/fields/service.ts';
import { type Actor, systemActor } from '../../platform/roles.ts';
import { getUser } from '../../platform/users/service.ts';
import { presentLead } from '../leads/present.ts';
import { type LeadRow, type ListQuery, listLeads } from '../leads/service.ts';
import { leadFields, tenantCities } from './context.ts';
import { csvLine, escapeFormula, UTF8_BOM } from './csv.ts';

export type ExportQuery = Omit<ListQuery, 'limit' | 'cursor'> & { format: 'csv' | 'xlsx'; lang: 'zh' | 'en' };

/** Keyset pages of this size: the export never holds more than one page of leads. */
const PAGE = 500;

const LABELS = {
  zh: {
    columns: [
      'ID',
      '名称',
      '状态',
      '电话',
      '地址',
      '城市',
      '纬度',
      '经度',
      '品类',
      '标签',
      '渠道',
      '负责人',
      '截止时间',
      '创建时间',
    ],
    status: { pending_review: '待审核', public: '公海', private: '私海', signed: '已签约', invalid: '无效' },
    channel: { bd: '地推', import: '导入', inbound: '商户咨询', api: 'API', crowd: '众包' },
    yes: '是',
    no: '否',
  },
  en: {
    columns: [
      'ID',
      'Name',
      'Status',
      'Phone',
      'Address',
      'City',
      'Latitude',
      'Longitude',
      'Category',
      'Tags',
      'Channel',
      'Owner',
      'Deadline',
      'Created',
    ],
    status: {
      pending_review: 'Pending review',
      public: 'Public',
      private: 'Private',
      signed: 'Signed',
      invalid: 'Invalid',
    },
    channel: { bd: 'Field', import: 'Import', inbound: 'Inquiry', api: 'API', crowd: 'Crowd' },
    yes: 'yes',
    no: 'no',
  },
} as const;

type Cell = string | number | null;

function fieldText(field: FieldDef, value: unknown, lang: 'zh' | 'en'): Cell {
  if (value === null || value === undefined) return null;
  const label = (v: unknown) => {
    const option = field.options.find((o) => o.value === v);
    return option ? (lang === 'zh' ? option.labelZh : option.labelEn) : String(v);
  };
  if (field.type === 'enum') return label(value);
  if (field.type === 'multi_enum' && Array.isArray(value)) return value.map(label).join(', ');
  if (field.type === 'bool') return value ? LABELS[lang].yes : LABELS[lang].no;
  if (typeof value === 'number') return value;
  return String(value);
}

/**
 * The leads of a list query as CSV or XLSX, streamed page by page through the same service as
 * GET /leads: the same visibility, the same filters, phones masked exactly as the list shows them.
 * The first page is read before anything is sent, so a refused query still answers problem+json.
 */
export async function exportLeads(deps: Deps, actor: Actor, query: ExportQuery) {
  const { format, lang, ...filters } = query;
  const first = await listLeads(deps, actor, { ...filters, limit: PAGE });
  const fields = (await leadFields(deps, actor.tenantId)).filter((f) => f.active);
  const cities = new Map((await tenantCities(deps, actor.tenantId)).map((c) => [c.id, c.name]));
  const owners = new Map<string, string>();
  const ownerName = async (id: string | null) => {
    if (id === null) return null;
    if (!owners.has(id)) {
      const user = await getUser(deps, systemActor(actor.tenantId), id).catch(() => null);
      owners.set(id, user?.display_name ?? id);
    }
    return owners.get(id)!;
  };
  const text = LABELS[lang];
  const header = [...text.columns, ...fields.map((f) => (lang === 'zh' ? f.label_zh : f.label_en))];

  async function* rows(): AsyncGenerator<Cell[]> {
    let page = first;
    for (;;) {
      for (const row of page.items as LeadRow[]) {
        const lead = presentLead(row, actor);
        yield [
          lead.id,
          lead.name,
          text.status[lead.status as keyof typeof text.status] ?? lead.status,
          lead.phone,
          lead.address,
          cities.get(lead.cityId) ?? lead.cityId,
          lead.lat,
          lead.lng,
          lead.category,
          lead.tags.join(', '),
          text.channel[lead.channel as keyof typeof text.channel] ?? lead.channel,
          await ownerName(lead.ownerId),
          lead.deadlineAt,
          lead.createdAt,
          ...fields.map((f) => fieldText(f, (lead.attrs as Record<string, unknown>)[f.key], lang)),
        ];
      }
      if (!page.nextCursor) return;
      page = await listLeads(deps, actor, { ...filters, limit: PAGE, cursor: page.nextCursor });
    }
  }

  const stamp = deps.clock.now().toISOString().slice(0, 10).replace(/-/g, '');
  if (format === 'csv') {
    async function* csv() {
      yield UTF8_BOM + csvLine(header);
      for await (const row of rows()) yield csvLine(row);
    }
    return { stream: Readable.from(csv()), type: 'text/csv; charset=utf-8', fileName: `leads-${stamp}.csv` };
  }
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(lang === 'zh' ? '线索' : 'Leads');
  const write = async () => {
    sheet.addRow(header.map(escapeFormula)).commit();
    for await (const row of rows()) {
      sheet.addRow(row.map((v) => (typeof v === 'string' ? escapeFormula(v) : v))).commit();
      // exceljs does not wait for a slow reader; pausing here keeps the buffer to a page or so.
      if (out.writableNeedDrain) await new Promise((resolve) => out.once('drain', resolve));
    }
    await workbook.commit();
  };
  write().catch((error) => {
    deps.log.error({ err: error }, 'lead export failed');
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return {
    stream: out,
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName: `leads-${stamp}.xlsx`,
  };
}
