// An accessible SVG line chart: a <title> and <desc> that say what it shows, lines told apart by colour AND dash
// pattern, a legend in text, and (always next to it, by the caller) a table with the same numbers.
export interface Series { name: string; values: (number | null)[] }

const styles = [
  { color: '#1f5fa8', dash: '' }, { color: '#b3261e', dash: '8 4' }, { color: '#2e7d32', dash: '2 4' },
  { color: '#6a1b9a', dash: '12 4 2 4' }, { color: '#8a4b00', dash: '4 4' }, { color: '#37474f', dash: '16 6' },
];
const W = 760; const H = 340; const left = 64; const right = 40; const top = 16; const bottom = 56;

/** A round step for about five ticks: 1, 2 or 5 × 10^k. */
function niceStep(range: number): number {
  const raw = Math.max(range, 1) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw)!;
}

export function LineChart({ id, title, description, labels, series, tickLabel }: {
  id: string; title: string; description: string; labels: string[]; series: Series[]; tickLabel: (label: string) => string;
}) {
  const values = series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const step = niceStep(Math.max(...values) - Math.min(...values));
  const low = Math.floor(Math.min(...values) / step) * step;
  const high = Math.ceil(Math.max(...values) / step) * step || step;
  const x = (i: number) => left + (labels.length < 2 ? 0 : (i / (labels.length - 1)) * (W - left - right));
  const y = (v: number) => top + (1 - (v - low) / (high - low || 1)) * (H - top - bottom);
  const yTicks = Array.from({ length: Math.round((high - low) / step) + 1 }, (_, k) => low + k * step);
  const every = Math.max(1, Math.ceil(labels.length / 8));
  const path = (vals: (number | null)[]) => vals.map((v, i) => (v === null ? '' : `${i === 0 || vals[i - 1] === null ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`)).join(' ');
  return (
    <figure className="line-chart">
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${W} ${H}`} width="100%" style={{ maxWidth: W }}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {yTicks.map((v) => (
          <g key={v}>
            <line x1={left} x2={W - right} y1={y(v)} y2={y(v)} stroke="#d0d5dd" />
            <text x={left - 8} y={y(v) + 4} textAnchor="end" fontSize="12" fill="#1a1a1a">{v.toLocaleString('nl-NL')}</text>
          </g>
        ))}
        {labels.map((l, i) => (i % every === 0 || i === labels.length - 1) && (
          <text key={l} x={x(i)} y={H - bottom + 18} textAnchor="middle" fontSize="12" fill="#1a1a1a">{tickLabel(l)}</text>
        ))}
        <line x1={left} x2={W - right} y1={H - bottom} y2={H - bottom} stroke="#1a1a1a" />
        {series.map((s, k) => (
          <path key={s.name} d={path(s.values)} fill="none" stroke={styles[k % styles.length].color} strokeWidth="2.5" strokeDasharray={styles[k % styles.length].dash} />
        ))}
      </svg>
      <figcaption>
        <ul className="chart-legend" aria-label="Legenda" style={{ listStyle: 'none', padding: 0 }}>
          {series.map((s, k) => (
            <li key={s.name} style={{ display: 'inline-flex', alignItems: 'center', gap: '0.4rem', marginRight: '1.5rem' }}>
              <svg width="40" height="10" aria-hidden="true" focusable="false">
                <line x1="0" x2="40" y1="5" y2="5" stroke={styles[k % styles.length].color} strokeWidth="3" strokeDasharray={styles[k % styles.length].dash} />
              </svg>
              {s.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
