import { render } from 'preact';
import { SettingsApp, type SettingsSource } from '../../components/settings/SettingsApp';
import { currentTime } from '../../utils/extension/clock';
import { send } from '../../utils/extension/messages';
import { PORTAL_HOST_PATTERNS } from '../../utils/portals/hosts';
import type { Settings } from '../../utils/settings';
import { releasePortal, requestPortal } from './portal-access';

// Saving goes through the background: it validates, stores, and recomputes the badge at once.
async function saveOrigins(update: (origins: string[]) => string[]): Promise<Settings> {
  const { value } = await send({ type: 'get-settings' });
  const result = await send({ type: 'save-settings', patch: { portals: { extraOrigins: update(value.portals.extraOrigins) } } });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.value;
}

const source: SettingsSource = {
  load: async () => ({ ...(await send({ type: 'get-settings' })), now: await currentTime() }),
  save: (patch) => send({ type: 'save-settings', patch }),
  grantPortal: (origin) =>
    requestPortal(origin).then((granted) => (granted ? saveOrigins((list) => [...new Set([...list, origin])]) : null)),
  revokePortal: async (origin) => {
    await releasePortal(origin);
    return saveOrigins((list) => list.filter((o) => o !== origin));
  },
  builtInHosts: PORTAL_HOST_PATTERNS,
};

render(<SettingsApp source={source} />, document.getElementById('app')!);
