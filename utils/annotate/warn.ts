/** What the page-side code logs when something fails that must not stop the rest. */
export const warn = (e: unknown) => console.warn('[Nhắc Hạn]', e);
