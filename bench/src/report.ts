import type { Check, Row } from './scenarios/context.ts';

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function markdownTable(rows: Row[]): string {
  const lines = [
    '| scenario | Groundwork | limit it is compared with | ratio | target | met |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${cell(r.scenario)} | ${cell(r.groundwork)} | ${cell(r.limit)} | ${cell(r.ratio)} | ${cell(r.target)} | ${r.met === null ? '—' : r.met ? 'yes' : '**no**'} |`,
    ),
  ];
  return lines.join('\n');
}

export function checkLines(checks: Check[]): string {
  return checks.map((c) => `${c.ok ? 'ok  ' : 'FAIL'} ${c.name} (${c.detail})`).join('\n');
}
