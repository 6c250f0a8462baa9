import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t, type Locale } from '../../utils/i18n';
import type { ListedView } from '../../utils/service/views';
import { formatVnDate, parseInstant } from '../../utils/time/vn-time';
import { LEVEL_ICON } from '../Chip/Chip';
import type { PopupGroup } from '../../utils/service/popup-groups';
import { offsets, rowHeight, toRows, visibleRange, type ListRow } from './rows';

export interface DossierListProps {
  /** Sorted by urgency (compareViews). */
  views: readonly ListedView[];
  locale: Locale;
  /** Index (among item rows) of the selected dossier. */
  selected: number;
  onSelect: (index: number, view: ListedView) => void;
  onOpen: (view: ListedView) => void;
  /** For folding dossiers not seen for days (absent: nothing folds). */
  now?: number | null;
  /** The groups' sizes when `views` is only the first screen of the list. */
  counts?: Readonly<Record<PopupGroup, number>>;
  /** Only the first screen is in; the rest is on its way (`aria-busy`: keys move among the rows in). */
  busy?: boolean;
  /** Scroll to this group's header and select its first dossier (a new object each time). */
  jump?: { group: PopupGroup } | null;
}

const PAGE = 8;

/**
 * Virtualised listbox: only the rows in view (plus a few) are in the DOM, so 5,000 dossiers
 * scroll as smoothly as 50. Arrow keys, Page Up/Down, Home/End move the selection; Enter opens.
 */
export function DossierList({ views, locale, selected, onSelect, onOpen, now = null, jump = null, counts, busy = false }: DossierListProps) {
  const rows = useMemo(() => toRows(views, now, counts), [views, now, counts]);
  const tops = useMemo(() => offsets(rows), [rows]);
  const items = useMemo(() => rows.flatMap((r, i) => (r.kind === 'item' ? [i] : [])), [rows]);
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(480);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    setHeight(el.clientHeight);
    return () => observer.disconnect();
  }, []);

  // Keep the selected row in view when it moves by keyboard.
  useEffect(() => {
    const el = ref.current;
    const rowIndex = items[selected];
    if (!el || rowIndex === undefined) return;
    const top = tops[rowIndex]!;
    const bottom = tops[rowIndex + 1]!;
    if (top < el.scrollTop) el.scrollTop = top - (rowIndex > 0 && rows[rowIndex - 1]?.kind === 'header' ? rowHeight(rows[rowIndex - 1]!) : 0);
    else if (bottom > el.scrollTop + el.clientHeight) el.scrollTop = bottom - el.clientHeight;
  }, [selected, items, tops, rows]);

  // Before the next paint: no frame shows the old place, and the list is there once the click is handled.
  useLayoutEffect(() => {
    const el = ref.current;
    const at = jump ? rows.findIndex((r) => r.kind === 'header' && r.group === jump.group) : -1;
    if (!el || at < 0) return;
    const first = rows[at + 1];
    if (first?.kind === 'item') onSelect(first.index, first.view);
    el.scrollTop = tops[at]!;
    setScrollTop(el.scrollTop);
    el.focus();
  }, [jump]);

  const [start, end] = visibleRange(tops, scrollTop, height);
  const itemCount = items.length;
  const select = (index: number) => {
    const clamped = Math.max(0, Math.min(itemCount - 1, index));
    const row = rows[items[clamped]!];
    if (row?.kind === 'item') onSelect(clamped, row.view);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowDown: selected + 1,
      ArrowUp: selected - 1,
      PageDown: selected + PAGE,
      PageUp: selected - PAGE,
      Home: 0,
      End: itemCount - 1,
    };
    if (e.key in moves) {
      e.preventDefault();
      select(moves[e.key]!);
    } else if (e.key === 'Enter') {
      const row = rows[items[selected]!];
      if (row?.kind === 'item') onOpen(row.view);
    }
  };

  const activeId = itemCount > 0 ? optionId(rows[items[selected]!]) : undefined;
  return (
    <div
      ref={ref}
      class="nh-list"
      role="listbox"
      tabIndex={0}
      aria-label={t(locale, 'popup.listLabel')}
      title={t(locale, 'popup.keys')}
      aria-activedescendant={activeId}
      aria-busy={busy}
      onKeyDown={onKeyDown}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
    >
      <div class="nh-spacer" style={{ height: `${tops.at(-1)}px` }}>
        {rows.slice(start, end).map((row, i) => (
          <Row key={rowKey(row)} row={row} top={tops[start + i]!} locale={locale} selected={row.kind === 'item' && row.index === selected} onSelect={select} onOpen={onOpen} />
        ))}
      </div>
    </div>
  );
}

function rowKey(row: ListRow): string {
  return row.kind === 'header' ? `h:${row.group}` : row.view.key;
}

function optionId(row: ListRow | undefined): string | undefined {
  return row?.kind === 'item' ? `nh-opt-${row.index}` : undefined;
}

function Row(props: {
  row: ListRow;
  top: number;
  locale: Locale;
  selected: boolean;
  onSelect: (index: number) => void;
  onOpen: (view: ListedView) => void;
}) {
  const { row, top, locale } = props;
  const style = { top: `${top}px`, height: `${rowHeight(row)}px` };
  if (row.kind === 'header') {
    return (
      <div class={`nh-group nh-group-${row.group}`} role="presentation" data-group={row.group} style={style}>
        {t(locale, `popup.group.${row.group}`)} ({row.count})
      </div>
    );
  }
  const v = row.view;
  const due = v.appointment.deadline ?? v.step.deadline;
  return (
    <div
      id={optionId(row)}
      class="nh-item"
      role="option"
      aria-selected={props.selected}
      data-level={v.level}
      data-code={v.code}
      style={style}
      onClick={() => props.onSelect(row.index)}
      onDblClick={() => props.onOpen(v)}
    >
      <span class={`nh-pill nh-${v.level}`} data-icon={LEVEL_ICON[v.level]}>
        {v.label}
      </span>
      <span class="nh-code">{v.code}</span>
      <span class="nh-sub">
        {/* Joined from what there is: a taught portal may read neither applicant nor procedure. */}
        {[
          v.applicant,
          v.procedure,
          due && t(locale, 'popup.due', { date: formatVnDate(parseInstant(due)) }),
          v.unseenSince && t(locale, 'popup.unseen', { date: formatVnDate(parseInstant(v.unseenSince)) }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </span>
      <span class="nh-source">{v.source}</span>
    </div>
  );
}
