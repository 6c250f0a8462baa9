/**
 * Custom elements with an open shadow root, styled as WXT's createShadowRootUi styles its UIs
 * (`:host{all:initial}` reset, `:root` rules moved to `:host`) but without fetching the CSS per
 * host: each stylesheet is parsed once and adopted by every root that uses it. Shared by the
 * extension's content script and the userscript.
 */
export interface ShadowHost {
  host: HTMLElement;
  container: HTMLElement;
}

/** Parsed sheets by CSS text; null once adoption failed (no constructable sheets, Firefox Xrays). */
const sheets = new Map<string, CSSStyleSheet | null>();

function sharedSheet(text: string): CSSStyleSheet | null {
  let sheet = sheets.get(text);
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
    } catch {
      sheet = null;
    }
    sheets.set(text, sheet);
  }
  return sheet;
}

/** The shadow root's CSS by the caller's CSS: built once, not once per chip. */
const texts = new Map<string, string>();

function styleShadow(root: ShadowRoot, css: string): void {
  let text = texts.get(css);
  if (text === undefined) texts.set(css, (text = `:host{all:initial !important;}\n${css.replaceAll(':root', ':host')}`));
  const sheet = sharedSheet(text);
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
    } catch {
      // Checked below: the fallback takes over.
    }
    // Firefox's content-script sandbox may ignore a sheet built in its own world without throwing.
    if ((root.adoptedStyleSheets as CSSStyleSheet[] | undefined)?.length === 1) return;
    sheets.set(text, null);
  }
  const style = document.createElement('style');
  style.textContent = text;
  root.append(style);
}

export function createShadowHost(tag: string, css: string): ShadowHost {
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  styleShadow(shadow, css);
  const container = document.createElement('div');
  shadow.append(container);
  return { host, container };
}
