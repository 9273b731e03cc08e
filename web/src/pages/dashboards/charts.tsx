import type { Figure, Row } from './types.ts';

// Plain SVG charts: an image with a <title> and a <desc> that reads out every number, so a screen reader gets the
// figure too (and the table is one button away). Suppressed counts are not drawn; their "<5" or "x" is written instead.

/** Colours with at least 3:1 contrast against white (WCAG 1.4.11), distinguishable side by side. */
export const palette = ['#1d4f91', '#b8470b', '#2e7d32', '#7b1fa2', '#7a6200', '#00695c', '#ad1457', '#455a64'];

const seriesIndex = (f: Figure, key: string) => f.series.findIndex((s) => s.key === key);
const chartSeries = (f: Figure) => f.chartSeries.map((key) => ({ key, label: f.series[seriesIndex(f, key)].label, index: seriesIndex(f, key) }));

/** "Nog niet gemeten: 6; 1 geïsoleerd: 5; …" or with several series "jan 2026: Instroom 5, Uitstroom 2; …". */
export function describe(f: Figure): string {
  const series = chartSeries(f);
  const rows = f.rows.map((r) => `${r.label}: ${series.length === 1 ? r.cells[series[0].index].display : series.map((s) => `${s.label} ${r.cells[s.index].display}`).join(', ')}`);
  const reference = f.reference ? ` ${f.reference.label}: ${f.reference.display}.` : '';
  return `${f.description} ${rows.join('; ')}.${reference}`;
}

function Svg({ id, figure, width, height, children }: { id: string; figure: Figure; width: number; height: number; children: React.ReactNode }) {
  return (
    <svg className="chart" role="img" aria-labelledby={`${id}-titel ${id}-beschrijving`} viewBox={`0 0 ${width} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet">
      <title id={`${id}-titel`}>{figure.title}</title>
      <desc id={`${id}-beschrijving`}>{describe(figure)}</desc>
      {children}
    </svg>
  );
}

const value = (r: Row, index: number) => r.cells[index].value ?? 0;

/** Horizontal bars: one series, several side by side, or stacked; a dashed line for a reference value. */
function BarChart({ id, figure }: { id: string; figure: Figure }) {
  const series = chartSeries(figure);
  const stacked = figure.chart === 'stacked-bars';
  const lanes = stacked ? 1 : series.length;
  const labelWidth = 270;
  const plot = 360;
  const rowHeight = lanes * 20 + 10;
  const top = figure.reference ? 24 : 4;
  const sum = (r: Row) => series.reduce((s, x) => s + value(r, x.index), 0);
  const max = Math.max(1, ...figure.rows.map((r) => (stacked ? sum(r) : Math.max(...series.map((x) => value(r, x.index))))), figure.reference?.value ?? 0);
  const scale = (n: number) => (n / max) * plot;
  const height = top + figure.rows.length * rowHeight + 4;
  return (
    <Svg id={id} figure={figure} width={labelWidth + plot + 90} height={height}>
      {figure.rows.map((r, i) => {
        const y = top + i * rowHeight;
        let x = labelWidth;
        const hidden = series.map((s) => r.cells[s.index]).filter((c) => c.suppressed);
        return (
          <g key={r.key}>
            <text x={labelWidth - 8} y={y + rowHeight / 2 + 4} textAnchor="end" className="chart__label">{r.label}</text>
            {stacked ? (
              <>
                {series.map((s, k) => {
                  const w = scale(value(r, s.index));
                  const rect = w > 0 ? <rect key={s.key} x={x} y={y + 5} width={w} height={18} fill={palette[k % palette.length]} stroke="#fff" strokeWidth={1} /> : null;
                  x += w;
                  return rect;
                })}
                <text x={x + 6} y={y + 18} className="chart__value">{hidden.map((c) => c.display).join(' ')}</text>
              </>
            ) : series.map((s, k) => {
              const cell = r.cells[s.index];
              const w = scale(cell.value ?? 0);
              const yy = y + 5 + k * 20;
              return (
                <g key={s.key}>
                  {w > 0 && <rect x={labelWidth} y={yy} width={w} height={16} fill={palette[k % palette.length]} />}
                  <text x={labelWidth + w + 6} y={yy + 13} className="chart__value">{cell.display}</text>
                </g>
              );
            })}
          </g>
        );
      })}
      {figure.reference && (
        <g>
          <line x1={labelWidth + scale(figure.reference.value)} x2={labelWidth + scale(figure.reference.value)} y1={18} y2={height} stroke="#1b1b1b" strokeDasharray="4 3" strokeWidth={2} />
          <text x={labelWidth + scale(figure.reference.value)} y={14} textAnchor="middle" className="chart__value">{figure.reference.label} {figure.reference.display}</text>
        </g>
      )}
    </Svg>
  );
}

/** Vertical columns per month (rows labelled "jan 2026"): side by side, or stacked. */
function ColumnChart({ id, figure, stacked }: { id: string; figure: Figure; stacked: boolean }) {
  const series = chartSeries(figure);
  const left = 48;
  const plotHeight = 200;
  const group = Math.max(40, Math.min(90, 640 / Math.max(1, figure.rows.length)));
  const width = left + figure.rows.length * group + 8;
  const heights = figure.rows.map((r) => (stacked ? series.reduce((s, x) => s + value(r, x.index), 0) : Math.max(0, ...series.map((x) => value(r, x.index)))));
  const max = Math.max(1, ...heights);
  const scale = (n: number) => (n / max) * plotHeight;
  const base = plotHeight + 10;
  const barWidth = stacked ? group * 0.6 : (group * 0.8) / series.length;
  return (
    <Svg id={id} figure={figure} width={width} height={base + 44}>
      <line x1={left} x2={width} y1={base} y2={base} stroke="#4a4a4a" />
      <text x={left - 6} y={base} textAnchor="end" className="chart__axis">0</text>
      <text x={left - 6} y={base - plotHeight + 4} textAnchor="end" className="chart__axis">{max.toLocaleString('nl-NL')}</text>
      <line x1={left} x2={width} y1={base - plotHeight} y2={base - plotHeight} stroke="#d0d7de" strokeDasharray="2 3" />
      {figure.rows.map((r, i) => {
        const x0 = left + i * group + group * 0.1;
        let yStack = base;
        return (
          <g key={r.key}>
            {series.map((s, k) => {
              const cell = r.cells[s.index];
              const h = scale(cell.value ?? 0);
              if (stacked) {
                yStack -= h;
                return h > 0 ? <rect key={s.key} x={x0} y={yStack} width={barWidth} height={h} fill={palette[k % palette.length]} stroke="#fff" strokeWidth={1} /> : null;
              }
              const x = x0 + k * barWidth;
              return cell.suppressed
                ? <text key={s.key} x={x + barWidth / 2} y={base - 4} textAnchor="middle" className="chart__small">{cell.display}</text>
                : h > 0 ? <rect key={s.key} x={x} y={base - h} width={barWidth - 2} height={h} fill={palette[k % palette.length]} /> : null;
            })}
            <text x={x0 + (stacked ? barWidth : group * 0.8) / 2} y={base + 16} textAnchor="middle" className="chart__axis">{r.label.split(' ')[0]}</text>
            {(i === 0 || r.label.startsWith('jan ')) && (
              <text x={x0 + (stacked ? barWidth : group * 0.8) / 2} y={base + 32} textAnchor="middle" className="chart__axis">{r.label.split(' ')[1] ?? ''}</text>
            )}
          </g>
        );
      })}
    </Svg>
  );
}

/** Target and fill per row: a track as long as the target, filled as far as it is filled. */
function ProgressChart({ id, figure }: { id: string; figure: Figure }) {
  const target = seriesIndex(figure, 'targetHours');
  const filled = seriesIndex(figure, 'filledHours');
  const rows = [...figure.rows, ...(figure.total ? [figure.total] : [])];
  const max = Math.max(1, ...rows.map((r) => Math.max(r.cells[target].value ?? 0, r.cells[filled].value ?? 0)));
  const labelWidth = 200;
  const plot = 420;
  return (
    <Svg id={id} figure={figure} width={labelWidth + plot + 20} height={rows.length * 44 + 8}>
      {rows.map((r, i) => {
        const y = i * 44 + 4;
        const t = r.cells[target];
        const f = r.cells[filled];
        const text = t.value === null ? 'geen taakstelling vastgelegd'
          : f.suppressed ? `taakstelling ${t.display} uur per week; ingevuld: afgeschermd` : `${f.display} van ${t.display} uur per week ingevuld`;
        return (
          <g key={r.key}>
            <text x={labelWidth - 8} y={y + 16} textAnchor="end" className="chart__label">{r.label}</text>
            <rect x={labelWidth} y={y + 4} width={((t.value ?? 0) / max) * plot} height={16} fill="#fff" stroke="#1d4f91" strokeWidth={2} />
            {f.value !== null && <rect x={labelWidth} y={y + 4} width={(f.value / max) * plot} height={16} fill="#1d4f91" />}
            <text x={labelWidth} y={y + 38} className="chart__value">{text}</text>
          </g>
        );
      })}
    </Svg>
  );
}

export function FigureChart({ id, figure }: { id: string; figure: Figure }) {
  const series = chartSeries(figure);
  const nothing = figure.rows.every((r) => series.every((s) => !r.cells[s.index].suppressed && !r.cells[s.index].value));
  if (nothing && figure.chart !== 'progress') return <p className="utrecht-paragraph">Niets te tonen: alle aantallen zijn 0.</p>;
  if (figure.chart === 'progress') return <ProgressChart id={id} figure={figure} />;
  if (figure.chart === 'bars' || figure.chart === 'stacked-bars') return <BarChart id={id} figure={figure} />;
  return <ColumnChart id={id} figure={figure} stacked={figure.chart === 'stacked-columns'} />;
}

/** The colours of the series, as a list next to the chart. */
export function Legend({ figure }: { figure: Figure }) {
  const series = chartSeries(figure);
  if (series.length < 2) return null;
  return (
    <ul className="chart-legend" aria-label={`Legenda bij ${figure.title}`}>
      {series.map((s, k) => (
        <li key={s.key}><span className="chart-legend__swatch" style={{ background: palette[k % palette.length] }} aria-hidden="true" />{s.label}</li>
      ))}
    </ul>
  );
}
