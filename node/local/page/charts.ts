/**
 * Draws an embedded chart (a ChartView: its data read from its ranges, header row first) as a
 * small SVG bar chart: one group per data row, one bar per numeric series. Enough to see that a
 * chart is there and what it plots; not Sheets' renderer. Text from the workbook is escaped.
 */
import type { ChartView } from '../../emulator/view';
import { escapeHtml } from '../../../src/core/html';
import { a1 } from './grid';

const WIDTH = 420;
const HEIGHT = 220;
const PLOT_TOP = 30;
const PLOT_BOTTOM = 180;
const COLOURS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6'];

export function renderChart(chart: ChartView): string {
  const [header = [], ...rows] = chart.data;
  const series = header.slice(1).map((name, i) => ({ name: String(name ?? ''), column: i + 1 }));
  const values = rows.flatMap((row) => series.map((s) => Number(row[s.column]) || 0));
  const max = Math.max(1, ...values);
  const groupWidth = rows.length > 0 ? (WIDTH - 40) / rows.length : WIDTH - 40;
  const barWidth = Math.max(2, (groupWidth - 8) / Math.max(1, series.length));
  const bars: string[] = [];
  rows.forEach((row, r) => {
    series.forEach((s, i) => {
      const value = Number(row[s.column]) || 0;
      const height = ((PLOT_BOTTOM - PLOT_TOP) * Math.max(0, value)) / max;
      const x = 30 + r * groupWidth + 4 + i * barWidth;
      bars.push(
        `<rect x="${x.toFixed(1)}" y="${(PLOT_BOTTOM - height).toFixed(1)}" width="${(barWidth - 1).toFixed(1)}" ` +
          `height="${height.toFixed(1)}" fill="${COLOURS[i % COLOURS.length]}"><title>${escapeHtml(
            `${String(row[0] ?? '')} — ${s.name}: ${String(row[s.column] ?? '')}`,
          )}</title></rect>`,
      );
    });
    bars.push(
      `<text x="${(30 + r * groupWidth + groupWidth / 2).toFixed(1)}" y="${PLOT_BOTTOM + 14}" ` +
        `text-anchor="middle" font-size="10">${escapeHtml(String(row[0] ?? '').slice(0, 18))}</text>`,
    );
  });
  const legend = series
    .map(
      (s, i) =>
        `<text x="${30 + i * 110}" y="${HEIGHT - 6}" font-size="10" fill="${COLOURS[i % COLOURS.length]}">■ ${escapeHtml(s.name.slice(0, 16))}</text>`,
    )
    .join('');
  const title = chart.title ?? '';
  return (
    `<figure class="chart" data-anchor="${a1(chart.anchorRow, chart.anchorColumn)}">` +
    `<figcaption>${escapeHtml(title || 'Diagram')} <small>(${escapeHtml(chart.chartType)}, ${escapeHtml(chart.ranges.join(', '))})</small></figcaption>` +
    `<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeHtml(title)}">` +
    `<line x1="30" y1="${PLOT_BOTTOM}" x2="${WIDTH - 10}" y2="${PLOT_BOTTOM}" stroke="#999" />` +
    `${bars.join('')}${legend}</svg></figure>`
  );
}
