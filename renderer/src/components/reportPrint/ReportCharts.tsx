import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from 'recharts';
import type { ReportSummary } from '../../../../shared/contract';
import { UMKM_CLASSES } from '../../../../shared/domain/classification';
import { messages } from '../../../../shared/i18n';
import { CLASS_COLORS } from '../../theme';

const r = messages.reportPrint;
const AXIS = { fontSize: 10, fill: '#000' };
/** Legend entries in black beside their colour swatch (recharts colours the text by default). */
const legendText = (value: string) => <span style={{ color: '#000' }}>{value}</span>;
/** "Bpp Selatan": the kecamatan as they fit under a bar. */
const short = (name: string) => name.replace('Balikpapan ', 'Bpp ');

// Printed charts are drawn once, at their printed size, with no animation: the PDF gets the whole
// chart as vectors (SVG), never a half-grown bar.

/** Section A's chart: UMKM per kecamatan, stacked by class. */
export function ClassChart({ data, width, height }: { data: ReportSummary['classByKecamatan']; width: number; height: number }) {
  const rows = data.map((k) => ({ name: short(k.kecamatan), ...k.counts }));
  return (
    <figure style={{ margin: 0 }} data-testid="chart-class">
      <figcaption className="rp-chart-title">{r.chartClassTitle}</figcaption>
      <BarChart width={width} height={height} data={rows} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#bbb" />
        <XAxis dataKey="name" tick={AXIS} interval={0} />
        <YAxis tick={AXIS} allowDecimals={false} width={40} />
        <Legend wrapperStyle={{ fontSize: 10 }} formatter={legendText} itemSorter={null} />
        {UMKM_CLASSES.map((c) => (
          <Bar key={c} dataKey={c} name={messages.enums.class[c]} stackId="k" fill={CLASS_COLORS[c]} isAnimationActive={false} />
        ))}
      </BarChart>
    </figure>
  );
}

/** Section B's chart: UMKM up and down a class per kecamatan. */
export function MovesChart({ byKecamatan, width, height }: { byKecamatan: ReportSummary['progress']['byKecamatan']; width: number; height: number }) {
  const rows = Object.entries(byKecamatan).map(([name, v]) => ({ name: short(name), naik: v.naik, turun: v.turun }));
  return (
    <figure style={{ margin: 0 }} data-testid="chart-moves">
      <figcaption className="rp-chart-title">{r.chartMovesTitle}</figcaption>
      <BarChart width={width} height={height} data={rows} margin={{ top: 14, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#bbb" />
        <XAxis dataKey="name" tick={AXIS} interval={0} />
        <YAxis tick={AXIS} allowDecimals={false} width={40} />
        <Legend wrapperStyle={{ fontSize: 10 }} formatter={legendText} itemSorter={null} />
        <Bar dataKey="naik" name={r.chartNaik} fill="#389e0d" isAnimationActive={false}>
          <LabelList dataKey="naik" position="top" style={{ fontSize: 9, fill: '#000' }} />
        </Bar>
        <Bar dataKey="turun" name={r.chartTurun} fill="#cf1322" isAnimationActive={false}>
          <LabelList dataKey="turun" position="top" style={{ fontSize: 9, fill: '#000' }} />
        </Bar>
      </BarChart>
    </figure>
  );
}
