import { render } from 'preact';
import { browser } from 'wxt/browser';
import { downloadText } from '../../components/dashboard/download';
import { LetterDesk, LetterRegister, type IssuedLetter, type RegisterEntry } from '../../components/letter';
import { PageNav } from '../../components/nav';
import { currentTime } from '../../utils/extension/clock';
import { pageLinks } from '../../utils/extension/page-links';
import { letterPageKey, letterPageUrl } from '../../utils/service/letter-page';
import { send } from '../../utils/extension/messages';
import { t } from '../../utils/i18n';
import type { PriorLetter } from '../../utils/letters/rules';
import { listLetters, openNhacHanDb, type LetterRow, type StoredDossier } from '../../utils/store';
import { vnParts } from '../../utils/time/vn-time';

/**
 * `letter.html?portal=…&code=…`: the apology letter of one dossier (a draft, or the letter it
 * already has); `letter.html?view=register`: the year's register. Writes go through the
 * background (`record-letter`); the register is read from the extension's own database.
 */
async function load() {
  const [dossiers, settings, now, letters] = await Promise.all([
    send({ type: 'get-dossiers' }),
    send({ type: 'get-settings' }),
    currentTime(),
    listLetters(openNhacHanDb()),
  ]);
  return { dossiers, settings: settings.value, now, letters };
}

type Loaded = Awaited<ReturnType<typeof load>>;

const pageUrl = (entry: { portal: string; code: string }) => letterPageUrl(location.href.split('?')[0]!, entry);

function registerEntries({ dossiers, letters }: Loaded): RegisterEntry[] {
  const applicants = new Map(dossiers.map((d) => [`${d.portal}|${d.code}`, d.applicant]));
  return letters.map((l) => ({ ...l, applicant: applicants.get(`${l.portal}|${l.code}`) ?? null }));
}

/** A date moved without a letter in the register still counts as the one re-appointment. */
function priorOf(dossier: StoredDossier, letter: LetterRow | undefined): PriorLetter[] {
  if (letter) return [letter];
  return dossier.appointmentOverride ? [{ issuedAt: dossier.lastSeenAt, newDueAt: dossier.appointmentOverride }] : [];
}

function Page(loaded: Loaded) {
  const { settings, now } = loaded;
  const locale = settings.locale;
  const params = new URLSearchParams(location.search);
  const register = params.get('view') === 'register';
  const links = pageLinks();
  const nav = <PageNav links={links} current={register ? 'register' : null} locale={locale} />;
  if (register) {
    return (
      <>
        {nav}
        <LetterRegister entries={registerEntries(loaded)} year={vnParts(now).year} locale={locale} letterUrl={pageUrl} download={downloadText} dashboardUrl={links.dashboard} />
      </>
    );
  }
  const key = letterPageKey(location.search);
  const dossier = key && loaded.dossiers.find((d) => d.portal === key[0] && d.code === key[1]);
  if (!dossier) return <p role="alert">{t(locale, 'letter.notFound')}</p>;
  const letter = loaded.letters.find((l) => l.portal === dossier.portal && l.code === dossier.code);
  const existing: IssuedLetter | null = letter ?? null;
  return (
    <>
      {nav}
      <LetterDesk
        dossier={dossier}
        profile={settings.letter.profile}
        rules={settings.rules}
        extraWorkingDays={settings.letter.newDateWorkingDays}
        locale={locale}
        now={now}
        existing={existing}
        prior={priorOf(dossier, letter)}
        settingsUrl={browser.runtime.getURL('/options.html')}
        onRecord={(input) =>
          send({
            type: 'record-letter',
            letter: { portal: dossier.portal, code: dossier.code, issuedBy: settings.letter.profile.signerName, ...input },
          })
        }
      />
    </>
  );
}

const root = document.getElementById('app')!;
load().then(
  (loaded) => {
    document.documentElement.lang = loaded.settings.locale;
    render(<Page {...loaded} />, root);
  },
  (e: unknown) => render(<p role="alert">{e instanceof Error ? e.message : String(e)}</p>, root),
);
