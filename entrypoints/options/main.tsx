import { render } from 'preact';
import { SettingsApp, type SettingsSource } from '../../components/settings/SettingsApp';
import { currentTime } from '../../utils/extension/clock';
import { pageLinks } from '../../utils/extension/page-links';
import { send } from '../../utils/extension/messages';
import { PORTAL_HOST_PATTERNS } from '../../utils/portals/hosts';
import { addOrigin, releasePortal, removeOrigin, requestPortal, saveOrigins } from '../../utils/extension/portal-access';

const source: SettingsSource = {
  load: async () => ({ ...(await send({ type: 'get-settings' })), now: await currentTime() }),
  save: (patch) => send({ type: 'save-settings', patch }),
  grantPortal: (origin) =>
    requestPortal(origin).then((granted) => (granted ? saveOrigins(send, addOrigin(origin)) : null)),
  revokePortal: async (origin) => {
    await releasePortal(origin);
    return saveOrigins(send, removeOrigin(origin));
  },
  builtInHosts: PORTAL_HOST_PATTERNS,
};

render(<SettingsApp source={source} links={pageLinks()} />, document.getElementById('app')!);
