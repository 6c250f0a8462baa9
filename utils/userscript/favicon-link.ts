import { paintDot } from './favicon';

const SIZE = 32;
const MARK = 'data-nhac-han-icon';

function loadImage(src: string): Promise<HTMLImageElement | null> {
  return new Promise((resolve) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => resolve(null);
    img.src = src;
  });
}

/**
 * Our own `<link rel="icon">` in front of the portal's: the portal's icon with a dot, or removed
 * when nothing needs action so the portal's icon shows again.
 */
export function faviconDot(): (color: string | null) => Promise<void> {
  let shown: string | null = null;
  return async (color) => {
    if (color === shown) return;
    shown = color;
    document.querySelectorAll(`link[${MARK}]`).forEach((l) => l.remove());
    if (color === null) return;
    const original = document.querySelector<HTMLLinkElement>('link[rel~="icon"]')?.href ?? new URL('/favicon.ico', location.href).href;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = SIZE;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const img = await loadImage(original);
    let href: string;
    try {
      if (img) ctx.drawImage(img, 0, 0, SIZE, SIZE);
      paintDot(ctx, SIZE, color);
      href = canvas.toDataURL('image/png');
    } catch {
      // A cross-origin icon taints the canvas: the dot alone then.
      ctx.clearRect(0, 0, SIZE, SIZE);
      paintDot(ctx, SIZE, color);
      href = canvas.toDataURL('image/png');
    }
    if (shown !== color) return;
    const link = document.createElement('link');
    link.rel = 'icon';
    link.href = href;
    link.setAttribute(MARK, '');
    // The last icon link wins in Chromium and Firefox.
    document.head.append(link);
  };
}
