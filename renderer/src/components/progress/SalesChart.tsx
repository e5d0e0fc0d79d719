import { Area, CartesianGrid, ComposedChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Empty } from 'antd';
import type { ClassMoveView, ClassRecord } from '../../../../shared/contract';
import { SALES_BOUNDS, type UmkmClass } from '../../../../shared/domain/classification';
import { timeline } from '../../../../shared/domain/progress';
import { formatDate } from '../../../../shared/format/date';
import { formatRupiah, formatRupiahShort } from '../../../../shared/format/rupiah';
import { fill, messages } from '../../../../shared/i18n';
import { CLASS_COLORS } from '../../theme';

const up = messages.umkmProgress;
const DAY = 86_400_000;
const NAIK = '#389e0d';
const TURUN = '#cf1322';

const toTs = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const tsToDate = (ts: number) => formatDate(new Date(ts).toISOString().slice(0, 10));

/** The class bounds of PP 7/2021 by annual sales: where kecil, menengah and besar begin. */
const BOUNDS = [
  { value: SALES_BOUNDS.mikro, label: up.boundKecil, color: CLASS_COLORS.kecil },
  { value: SALES_BOUNDS.kecil, label: up.boundMenengah, color: CLASS_COLORS.menengah },
  { value: SALES_BOUNDS.menengah, label: up.boundBesar, color: CLASS_COLORS.besar },
];

interface Point {
  ts: number;
  annualSales: number | null;
  class: UmkmClass;
}

/**
 * The sales axis: always up to the kecil bound at least (most UMKM are mikro, and the first bound is
 * the one they work towards), and to the next bound when the business is close to it; otherwise
 * just above the highest sale, so a far bound (Rp 50 M for a Rp 16 M business) does not flatten it.
 */
function salesAxis(maxSales: number): { top: number; ticks: number[] } {
  const next = BOUNDS.find((b) => b.value > maxSales);
  let top = Math.max(maxSales * 1.15, SALES_BOUNDS.mikro * 1.1);
  if (next && next.value <= maxSales * 1.6) top = Math.max(top, next.value * 1.08);
  // A 1-2-5 step for about four gridlines.
  const raw = top / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
  const end = Math.ceil(top / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= end + step / 2; v += step) ticks.push(v);
  return { top: end, ticks };
}

function ClassDot(props: { cx?: number; cy?: number; payload?: Point; index?: number }) {
  const { cx, cy, payload } = props;
  if (cx === undefined || cy === undefined || !payload || payload.annualSales === null) return <g key={props.index} />;
  return <circle key={props.index} cx={cx} cy={cy} r={5} fill={CLASS_COLORS[payload.class]} stroke="#fff" strokeWidth={1.5} />;
}

/** Annual sales over time, coloured by class, with the PP 7/2021 bounds and the moves marked. */
export function SalesChart({ records, moves, name }: { records: ClassRecord[]; moves: ClassMoveView[]; name: string }) {
  // One record stands for each day, as the moves are derived.
  const data: Point[] = timeline(records).map((r) => ({ ts: toTs(r.date), annualSales: r.annualSales, class: r.class }));
  const sales = data.filter((d) => d.annualSales !== null).map((d) => d.annualSales!);
  if (sales.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={up.chartNoSales} />;
  const { top, ticks } = salesAxis(Math.max(...sales));
  const first = data[0]!.ts;
  const last = data[data.length - 1]!.ts;
  const pad = Math.max(30 * DAY, (last - first) * 0.04);
  return (
    <div style={{ height: 300 }} role="img" aria-label={fill(up.chartLabel, { name })} data-testid="progress-chart">
      <ResponsiveContainer>
        <ComposedChart data={data} margin={{ top: 20, right: 24, bottom: 4, left: 8 }}>
          <defs>
            <linearGradient id="salesFill" x1="0" y1="0" x2="0" y2="1">
              <stop offset="0%" stopColor="#0b6e4f" stopOpacity={0.25} />
              <stop offset="100%" stopColor="#0b6e4f" stopOpacity={0.02} />
            </linearGradient>
          </defs>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="ts"
            type="number"
            scale="time"
            domain={[first - pad, last + pad]}
            ticks={data.map((d) => d.ts)}
            tickFormatter={tsToDate}
            fontSize={12}
          />
          <YAxis domain={[0, top]} ticks={ticks} tickFormatter={(v: number) => formatRupiahShort(v)} width={84} fontSize={12} allowDataOverflow />
          <Tooltip labelFormatter={(ts) => tsToDate(Number(ts))} formatter={(v) => [formatRupiah(Number(v)), messages.progressFields.annualSales]} />
          {BOUNDS.filter((b) => b.value <= top).map((b) => (
            <ReferenceLine
              key={b.value}
              y={b.value}
              stroke={b.color}
              strokeDasharray="6 4"
              label={{ value: fill(up.boundLabel, { label: b.label, value: formatRupiahShort(b.value) }), position: 'insideTopLeft', fill: b.color, fontSize: 11 }}
            />
          ))}
          {moves.map((m) => (
            <ReferenceLine
              key={`${m.fromRecordId}-${m.toRecordId}`}
              x={toTs(m.date)}
              stroke={m.direction === 'naik' ? NAIK : TURUN}
              strokeWidth={1.5}
              label={{
                value: fill(m.direction === 'naik' ? up.moveMarkNaik : up.moveMarkTurun, { to: messages.enums.class[m.toClass] }),
                position: 'top',
                fill: m.direction === 'naik' ? NAIK : TURUN,
                fontSize: 11,
              }}
            />
          ))}
          <Area
            type="monotone"
            dataKey="annualSales"
            name={messages.progressFields.annualSales}
            stroke="#0b6e4f"
            strokeWidth={2}
            fill="url(#salesFill)"
            connectNulls
            dot={(p: object) => <ClassDot {...(p as Parameters<typeof ClassDot>[0])} />}
            activeDot={{ r: 6 }}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
