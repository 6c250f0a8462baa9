/**
 * Teach mode on a portal page: a floating bar in its own shadow root, the officer's clicks taken
 * as "this is the code / the appointment date …" and held back from the portal (no link opens, no
 * row selects), Escape cancels. Each click is read at once (utils/portals/taught/infer) and the
 * bar shows what Nhắc Hạn now reads on every row.
 */
import { render } from 'preact';
import teachCss from '../../components/teach/teach.css?inline';
import { TeachBar, type TeachPreview } from '../../components/teach/TeachBar';
import type { Locale } from '../i18n';
import { inferTaught, type Inference, type TeachClicks } from '../portals/taught/infer';
import { TAUGHT_FIELDS, type TaughtAdapter, type TaughtField } from '../portals/taught/types';
import { CHIP_TAG } from './chip-layer';
import { createShadowHost } from './shadow-host';

export const TEACH_TAG = 'nhac-han-teach';

/** Events that would reach the portal's own handlers while the officer points at cells. */
const HELD_BACK = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'dblclick', 'auxclick', 'submit', 'touchstart', 'touchend'];

export interface TeachOptions {
  locale: Locale;
  /** Stores the taught portal; resolves to an error message, or null once saved (the bar then closes). */
  save: (adapter: TaughtAdapter) => Promise<string | null>;
}

function previewOf(inference: Inference): TeachPreview {
  if (!inference.ok) return inference;
  const { preview } = inference;
  if (preview.taught?.state !== 'ok') return { ok: false, error: preview.problems[0] ?? '' };
  const problems = [...preview.problems, ...preview.rows.flatMap((r) => r.problems.map((p) => `${r.record.code}: ${p}`))];
  return { ok: true, count: preview.rows.length, rows: preview.rows.map((r) => r.record), problems };
}

/** Starts teach mode; returns the function that ends it (as a cancel). */
export function startTeaching({ locale, save }: TeachOptions): () => void {
  document.querySelector(TEACH_TAG)?.remove();
  const controller = new AbortController();
  const { signal } = controller;
  const { host, container } = createShadowHost(TEACH_TAG, teachCss);
  const hover = document.createElement('div');
  hover.className = 'nh-teach-hover';
  hover.hidden = true;
  const barRoot = document.createElement('div');
  container.append(hover, barRoot);
  document.documentElement.append(host);

  let clicks: TeachClicks = {};
  let step: TaughtField | null = TAUGHT_FIELDS[0];
  let inference: Inference | null = null;
  let saveError: string | null = null;

  const end = () => {
    if (signal.aborted) return;
    controller.abort();
    render(null, barRoot);
    host.remove();
  };
  const next = (from: TaughtField) => TAUGHT_FIELDS[TAUGHT_FIELDS.indexOf(from) + 1] ?? null;
  const reinfer = () => {
    inference = clicks.code && clicks.dueAt ? inferTaught(document, location.href, clicks, Date.now()) : null;
    saveError = null;
  };
  const draw = () => {
    // Every field pointed at: no cell is "the next one" any more, so none stays outlined.
    if (!step) hover.hidden = true;
    render(
      <TeachBar
        locale={locale}
        step={step}
        chosen={TAUGHT_FIELDS.filter((f) => clicks[f])}
        preview={inference ? previewOf(inference) : null}
        saveError={saveError}
        onSkip={() => {
          step = step && next(step);
          draw();
        }}
        onFinish={() => {
          step = null;
          draw();
        }}
        onRestart={() => {
          clicks = {};
          step = TAUGHT_FIELDS[0];
          inference = null;
          draw();
        }}
        onCancel={() => end()}
        onSave={() => {
          if (!inference?.ok) return;
          void save(inference.adapter).then((error) => {
            if (error === null) return end();
            saveError = error;
            draw();
          });
        }}
      />,
      barRoot,
    );
  };

  const ours = (e: Event) => e.composedPath().includes(host);
  const pageElement = (e: Event): Element | null => {
    const target = e.target;
    return target instanceof Element && !target.closest(CHIP_TAG) ? target : null;
  };
  const hold = (e: Event) => {
    if (ours(e)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const capture = { capture: true, signal };
  for (const type of HELD_BACK) window.addEventListener(type, hold, capture);
  window.addEventListener(
    'click',
    (e) => {
      if (ours(e)) return;
      hold(e);
      const el = pageElement(e);
      if (!el || !step) return;
      clicks = { ...clicks, [step]: el };
      step = next(step);
      reinfer();
      draw();
    },
    capture,
  );
  window.addEventListener(
    'mouseover',
    (e) => {
      const el = ours(e) ? null : pageElement(e);
      hover.hidden = !el || !step;
      if (!el) return;
      const box = el.getBoundingClientRect();
      Object.assign(hover.style, { left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px`, height: `${box.height}px` });
    },
    capture,
  );
  window.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopImmediatePropagation();
      end();
    },
    capture,
  );
  draw();
  return () => end();
}
