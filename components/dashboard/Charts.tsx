/** Hand-made SVG charts (no library, no remote assets); each has a text alternative. */
import { t, type Locale } from '../../utils/i18n';
import type { GroupStats } from '../../utils/stats';

const PARTS = [
  { field: 'early', className: 'nh-bar-early', label: 'dash.stat.early' },
  { field: 'onTime', className: 'nh-bar-ontime', label: 'dash.stat.onTime' },
  { field: 'late', className: 'nh-bar-late', label: 'dash.stat.late' },
  { field: 'openOverdue', className: 'nh-bar-open', label: 'dash.stat.openOverdue' },
] as const;

const BAR = 18;
const GAP = 8;
const LABEL_WIDTH = 270;
const LABEL_CHARS = 34;
/** Room right of the longest bar for its "total · rate" text. */
const VALUE_WIDTH = 100;
const WIDTH = 760;
const MAX_BARS = 12;

export interface TimelinessBarsProps {
  title: string;
  groups: readonly GroupStats[];
  locale: Locale;
}

/** One horizontal stacked bar per group: early, on time, late, still open past the appointment. */
export function TimelinessBars({ title, groups, locale }: TimelinessBarsProps) {
  const shown = groups.slice(0, MAX_BARS);
  const total = (g: GroupStats) => PARTS.reduce((sum, p) => sum + g[p.field], 0);
  const max = Math.max(1, ...shown.map(total));
  const scale = (WIDTH - LABEL_WIDTH - VALUE_WIDTH) / max;
  const height = shown.length * (BAR + GAP) + 30;
  const name = (g: GroupStats) => g.key ?? t(locale, 'dash.unknownGroup');

  return (
    <figure class="nh-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={title}>
        {shown.map((g, i) => {
          const y = i * (BAR + GAP);
          let x = LABEL_WIDTH;
          return (
            <g key={name(g)}>
              <text x={LABEL_WIDTH - 6} y={y + BAR - 5} text-anchor="end" class="nh-chart-label">
                {name(g).length > LABEL_CHARS ? `${name(g).slice(0, LABEL_CHARS - 1)}…` : name(g)}
              </text>
              {PARTS.map((p) => {
                const w = g[p.field] * scale;
                const rect = w > 0 && (
                  <rect key={p.field} x={x} y={y} width={w} height={BAR} class={p.className}>
                    <title>{`${name(g)} — ${t(locale, p.label)}: ${g[p.field]}`}</title>
                  </rect>
                );
                x += w;
                return rect;
              })}
              <text x={x + 6} y={y + BAR - 5} class="nh-chart-value">
                {g.onTimeRate === null ? total(g) : `${total(g)} · ${g.onTimeRate.toLocaleString(locale)} %`}
              </text>
            </g>
          );
        })}
        <g transform={`translate(${LABEL_WIDTH}, ${shown.length * (BAR + GAP) + 6})`}>
          {PARTS.map((p, i) => (
            <g key={p.field} transform={`translate(${i * 105}, 0)`}>
              <rect width="12" height="12" class={p.className} />
              <text x="16" y="11" class="nh-chart-label">
                {t(locale, p.label)}
              </text>
            </g>
          ))}
        </g>
      </svg>
      {groups.length > MAX_BARS && <p class="nh-note">{t(locale, 'dash.chart.more', { shown: MAX_BARS, total: groups.length })}</p>}
    </figure>
  );
}
