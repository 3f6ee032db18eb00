/** The `Charts` global, as far as Lapkin uses it: the ChartType enum. */
import { enumOf } from './context';

export const Charts: Pick<GoogleAppsScript.Charts.Charts, 'ChartType'> = {
  ChartType: enumOf<typeof GoogleAppsScript.Charts.ChartType>([
    'TIMELINE', 'AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'RADAR', 'LINE',
    'ORG', 'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TREEMAP', 'WATERFALL',
  ]),
};
