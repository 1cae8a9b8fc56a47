import * as vega from 'vega';
import { compile } from 'vega-lite';

/**
 * A horizontal bar chart as SVG, rendered now (Vega-Lite compiled to Vega, drawn by Vega's SVG
 * renderer without a browser), so the page needs no script or network to show it.
 */
export async function barChart(title: string, counts: Record<string, number>, width = 360): Promise<string> {
  const values = Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([label, n]) => ({ label, n }));
  if (values.length === 0) return '';
  const spec = compile({
    title,
    width,
    data: { values },
    mark: { type: 'bar', color: '#4c78a8' },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: '-x', title: null },
      x: { field: 'n', type: 'quantitative', title: 'count' },
      tooltip: [{ field: 'label' }, { field: 'n' }],
    },
  }).spec;
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}
