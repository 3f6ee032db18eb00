/** Embedded charts: the builder scripts use and the chart objects a sheet holds (the spec is stored). */
import type { Rect } from './a1';
import { asGas, enumName, type GasRange } from './context';
import type { Located } from './conditional';
import type { ChartSpec } from './model';

type GasChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type GasChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

export class FakeEmbeddedChart implements Pick<GasChart, 'getChartId' | 'getRanges' | 'modify'> {
  constructor(
    readonly spec: ChartSpec,
    private readonly rangeOf: (rect: Rect) => GasRange,
  ) {}
  getChartId(): number {
    return this.spec.id;
  }
  getRanges(): GasRange[] {
    return this.spec.ranges.map(this.rangeOf);
  }
  modify(): GasChartBuilder {
    return asGas(new FakeEmbeddedChartBuilder(this.rangeOf, () => this.spec.id, this.spec));
  }
}

type Draft = { -readonly [K in keyof ChartSpec]: ChartSpec[K] };

export class FakeEmbeddedChartBuilder
  implements Pick<GasChartBuilder, 'setChartType' | 'addRange' | 'clearRanges' | 'setPosition' | 'setOption' | 'build'>
{
  private readonly draft: Draft;
  constructor(
    private readonly rangeOf: (rect: Rect) => GasRange,
    private readonly newId: () => number,
    spec?: ChartSpec,
  ) {
    this.draft = spec
      ? { ...spec, ranges: [...spec.ranges], options: { ...spec.options } }
      : { id: 0, chartType: 'BAR', ranges: [], anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0, options: {} };
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): GasChartBuilder {
    this.draft.chartType = enumName(type);
    return asGas(this);
  }
  addRange(range: GasRange): GasChartBuilder {
    this.draft.ranges = [...this.draft.ranges, (range as unknown as Located).rect];
    return asGas(this);
  }
  clearRanges(): GasChartBuilder {
    this.draft.ranges = [];
    return asGas(this);
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): GasChartBuilder {
    Object.assign(this.draft, { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY });
    return asGas(this);
  }
  setOption(option: string, value: unknown): GasChartBuilder {
    this.draft.options = { ...this.draft.options, [option]: value as string | number | boolean };
    return asGas(this);
  }
  build(): GasChart {
    const id = this.draft.id || this.newId();
    return asGas(new FakeEmbeddedChart({ ...this.draft, id }, this.rangeOf));
  }
}
