import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Welcome } from '../../components/Welcome';
import { send } from '../../utils/extension/messages';
import { t } from '../../utils/i18n';
import { ADAPTERS } from '../../utils/portals/registry';

const app = document.getElementById('app')!;
// The settings may not answer (worker starting); the page is still worth reading in Vietnamese.
void send({ type: 'get-settings' })
  .then((s) => s.value.locale, () => 'vi' as const)
  .then((locale) => {
    document.documentElement.lang = locale;
    document.title = `Nhắc Hạn — ${t(locale, 'popup.guide')}`;
    render(
      <Welcome locale={locale} families={ADAPTERS.map((a) => a.label)} profileUrl={`${browser.runtime.getURL('/options.html')}#ho-so-don-vi`} />,
      app,
    );
  });
