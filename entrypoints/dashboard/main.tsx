import { render } from 'preact';
import { DashboardApp, type DashboardSource } from '../../components/dashboard/DashboardApp';
import { TodaySheet } from '../../components/dashboard/TodaySheet';
import { applyBackup, backupFileName, checkBackup, clearEverything } from '../../utils/service/backup';
import { downloadText } from '../../components/dashboard/download';
import { currentTime } from '../../utils/extension/clock';
import { pageLinks } from '../../utils/extension/page-links';
import { send } from '../../utils/extension/messages';
import { dossierKey } from '../../utils/service/views';
import { exportAll, getDossiers, getSettings, listDossiers, openNhacHanDb } from '../../utils/store';

// Extension pages share the extension origin, so the dashboard reads the database directly.
const db = openNhacHanDb();

/**
 * The background recomputes the badge after a settings save; an empty patch asks for exactly that
 * after an import or a delete-all (the data behind the badge changed).
 */
const refreshBadge = () => send({ type: 'data-changed' }).then(() => undefined, () => undefined);

const source: DashboardSource = {
  load: async () => {
    const [backup, settings, now] = await Promise.all([exportAll(db), getSettings(db), currentTime()]);
    return { dossiers: backup.dossiers, history: backup.history, letters: backup.letters, settings: settings.value, now };
  },
  // Which rows come first is the worker's (its last refresh ordered every view); the rows are read here.
  loadFirst: async (rows) => {
    const [head, settings, now] = await Promise.all([send({ type: 'get-table-head', rows }), getSettings(db), currentTime()]);
    return { dossiers: await getDossiers(db, head.keys), history: [], letters: [], settings: settings.value, now, total: head.total };
  },
  exportBackup: async () => {
    const now = await currentTime();
    downloadText(backupFileName(now), JSON.stringify(await exportAll(db, now), null, 1), 'application/json');
  },
  check: async (file) =>
    checkBackup(await file.text(), file.size, {
      openScratch: () => openNhacHanDb(`nhac-han-import-check-${crypto.randomUUID()}`),
      existingKeys: async () => new Set((await listDossiers(db)).map((d) => dossierKey(d.portal, d.code))),
    }),
  apply: async (data, mode) => {
    const report = await applyBackup(db, data, mode);
    await refreshBadge();
    return report;
  },
  clear: async () => {
    await clearEverything(db);
    await refreshBadge();
  },
  download: downloadText,
};

const app = document.getElementById('app')!;
if (new URLSearchParams(location.search).get('print') === 'today') render(<TodaySheet load={source.load} />, app);
else render(<DashboardApp source={source} links={pageLinks()} />, app);
