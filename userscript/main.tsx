/**
 * The userscript: the extension's pipeline (recognize → store → views → chips, badge,
 * notifications, letters) run inside the portal page. The "background" is a local Service on
 * the portal origin's IndexedDB; the badge is the tab title and favicon; the popup is a panel.
 */
import { render } from 'preact';
import panelCss from '../components/Panel/panel.css?inline';
import popupCss from '../components/PopupApp/popup.css?inline';
import letterCss from '../components/letter/letter.css?inline';
import { LetterDialog, Panel } from '../components/Panel';
import { startAnnotating } from '../utils/annotate/annotate';
import { installIgateListener } from '../utils/annotate/igate-listener';
import type { BadgeState } from '../utils/service/badge-state';
import { handleMessage, tick, type Service } from '../utils/service/service';
import { loadPopupData } from '../utils/service/popup-data';
import type { ListedView } from '../utils/service/views';
import { request, type MessageOf, type MessageType } from '../utils/messaging';
import type { ServiceResponseMap } from '../utils/service/responses';
import { listLetters, openNhacHanDb } from '../utils/store';
import { userscriptEffects } from '../utils/userscript/effects';
import { gmAdapter } from '../utils/userscript/gm';
import { createShadowHost } from '../utils/annotate/shadow-host';
import { watchForList } from '../utils/annotate/detect';

/** Its own name, so it never meets the extension's database if both ever share an origin. */
const USERSCRIPT_DB = 'nhac-han-userscript';
const TICK_MS = 60_000;

declare const unsafeWindow: (Window & typeof globalThis) | undefined;

/**
 * On the page's own root, because managers give each script a wrapped `window` (Violentmonkey):
 * a second copy (two managers, a reinstall) would double the chips. Set only once a list is seen.
 */
const RUNNING_MARK = 'data-nhac-han-userscript';

function main() {
  const gm = gmAdapter();
  const dock = createShadowHost('nhac-han-panel', `${popupCss}\n${panelCss}`);
  let badge: BadgeState | null = null;
  const service: Service = {
    db: openNhacHanDb(USERSCRIPT_DB),
    now: async () => Date.now(),
    effects: userscriptEffects(
      gm,
      (state) => {
        badge = state;
        drawPanel();
      },
      ([portal, code]) => openLetter({ portal, code }),
    ),
  };
  const send = async <T extends MessageType>(message: MessageOf<T>): Promise<ServiceResponseMap[T]> =>
    (await request(async (m) => (await handleMessage(service, m, false)).reply, message)) as ServiceResponseMap[T];

  const openLetter = async (view: { portal: string; code: string }) => {
    const [dossiers, settings, letters] = await Promise.all([send({ type: 'get-dossiers' }), send({ type: 'get-settings' }), listLetters(service.db)]);
    const dossier = dossiers.find((d) => d.portal === view.portal && d.code === view.code);
    if (!dossier) return;
    const letter = letters.find((l) => l.portal === dossier.portal && l.code === dossier.code);
    const s = settings.value;
    const { host, container } = createShadowHost('nhac-han-letter', `${letterCss}\n${panelCss}`);
    document.body.append(host);
    const close = () => {
      render(null, container);
      host.remove();
      annotator.rescan();
    };
    render(
      <LetterDialog
        dossier={dossier}
        profile={s.letter.profile}
        rules={s.rules}
        extraWorkingDays={s.letter.newDateWorkingDays}
        locale={s.locale}
        now={await service.now()}
        existing={letter ?? null}
        // A date moved without a letter in the register still counts as the one re-appointment.
        prior={letter ? [letter] : dossier.appointmentOverride ? [{ issuedAt: dossier.lastSeenAt, newDueAt: dossier.appointmentOverride }] : []}
        onRecord={(input) =>
          send({
            type: 'record-letter',
            letter: { portal: dossier.portal, code: dossier.code, ...input, issuedBy: s.letter.profile.signerName },
          })
        }
        onClose={close}
      />,
      container,
    );
  };

  // The manager's values are the script's, for every portal: one key per origin.
  const placementKey = `placement:${location.origin}`;
  const confirm = (view: ListedView, confirmed: boolean) => send({ type: 'mark-confirmed', key: [view.portal, view.code], confirmed }).then(() => undefined);
  const annotator = startAnnotating({
    send,
    // A userscript lives as long as its page: nothing ever ends it earlier.
    signal: new AbortController().signal,
    placement: { read: () => gm.getValue(placementKey), write: (kept) => gm.setValue(placementKey, kept) },
  });
  // iGate's own list responses: only reachable when the manager runs us beside the page's world.
  try {
    installIgateListener(typeof unsafeWindow === 'object' && unsafeWindow ? unsafeWindow : window);
  } catch {
    // The DOM rows are read anyway.
  }

  const load = () => loadPopupData(send, service.now);
  let locale: 'vi' | 'en' = 'vi';
  void send({ type: 'get-settings' }).then((s) => {
    locale = s.value.locale;
    drawPanel();
  });
  function drawPanel() {
    render(
      <Panel
        locale={locale}
        badge={badge}
        load={load}
        onOpen={(view) => window.open(view.url, '_blank', 'noopener')}
        onConfirm={(view, confirmed) => confirm(view, confirmed).then(annotator.rescan)}
        onLetter={(view) => void openLetter(view)}
      />,
      dock.container,
    );
  }
  document.body.append(dock.host);
  drawPanel();

  // Time passes with no change on the page: recount (and purge daily) as the extension's alarm does.
  const storage = {
    get: async (key: string) => ({ [key]: await gm.getValue(key) }),
    set: async (values: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(values)) await gm.setValue(key, value);
    },
  };
  const runTick = () => void tick(service, storage).catch((e: unknown) => console.warn('[Nhắc Hạn]', e));
  setInterval(runTick, TICK_MS);
  runTick();
}

// `@match *://*.gov.vn/*` covers news and ministry sites too: nothing starts before a list is seen.
if (window.top === window) {
  watchForList(document, () => {
    const root = document.documentElement;
    if (root.hasAttribute(RUNNING_MARK)) return;
    root.setAttribute(RUNNING_MARK, '');
    main();
  });
}
