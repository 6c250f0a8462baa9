import { t, type Locale } from '../../utils/i18n';
import { VIEW_LEVELS } from '../../utils/service/views';
import { StepsPicture } from './StepsPicture';
import './welcome.css';

export interface WelcomeProps {
  locale: Locale;
  /** Labels of the portal families the recognizer knows by name. */
  families: readonly string[];
  /** The settings page at the unit profile. */
  profileUrl: string;
}

/** The first-run page: what Nhắc Hạn does, what the chips mean, where it works, what it never does. */
export function Welcome({ locale, families, profileUrl }: WelcomeProps) {
  return (
    <main class="nh-welcome" lang={locale}>
      <h1>{t(locale, 'welcome.title')}</h1>
      <p class="nh-lead">{t(locale, 'welcome.lead')}</p>

      <section aria-labelledby="buoc">
        <h2 id="buoc">{t(locale, 'welcome.steps')}</h2>
        <div class="nh-steps">
          <ol>
            <li>{t(locale, 'welcome.step1')}</li>
            <li>{t(locale, 'welcome.step2')}</li>
            <li>{t(locale, 'welcome.step3')}</li>
          </ol>
          <StepsPicture label={t(locale, 'welcome.picture')} />
        </div>
      </section>

      <section aria-labelledby="nhan">
        <h2 id="nhan">{t(locale, 'welcome.legend')}</h2>
        <ul class="nh-legend">
          {VIEW_LEVELS.map((level) => (
            <li key={level} data-level={level}>
              <span class={`nh-pill nh-${level}`}>{t(locale, `level.${level}`)}</span> {t(locale, `welcome.legend.${level}`)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="cong">
        <h2 id="cong">{t(locale, 'welcome.portals')}</h2>
        <ul class="nh-portals">
          <li>{t(locale, 'welcome.portals.gov')}</li>
          <li>{t(locale, 'welcome.portals.families', { families: families.join(', ') })}</li>
          <li>{t(locale, 'welcome.portals.other')}</li>
        </ul>
      </section>

      <section aria-labelledby="cot-ngay-hen-title" id="cot-ngay-hen">
        <h2 id="cot-ngay-hen-title">{t(locale, 'welcome.due')}</h2>
        <p>{t(locale, 'welcome.due.body')}</p>
      </section>

      <section aria-labelledby="rieng-tu" class="nh-privacy">
        <h2 id="rieng-tu">{t(locale, 'welcome.privacy')}</h2>
        <p>{t(locale, 'welcome.privacy.body')}</p>
      </section>

      <p class="nh-profile">
        {t(locale, 'welcome.profile')}: <a href={profileUrl}>{t(locale, 'welcome.open')}</a>
      </p>
    </main>
  );
}
