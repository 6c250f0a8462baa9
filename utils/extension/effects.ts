import { applyBadge } from './badge';
import { loadMemory, saveMemory, showNotifications } from './notifications';
import type { Effects } from './service';

/** The extension's refresh results: toolbar badge, `notifications` API, memory in storage.local. */
export const browserEffects: Effects = { applyBadge, loadMemory, saveMemory, showNotifications };
