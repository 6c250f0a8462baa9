/**
 * A custom element with an open shadow root holding its own styles, as WXT's createShadowRootUi
 * makes them in the extension (same reset, `:root` rules moved to `:host`), without WXT.
 */
export interface ShadowHost {
  host: HTMLElement;
  container: HTMLElement;
}

export function createShadowHost(tag: string, css: string): ShadowHost {
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${css.replaceAll(':root', ':host')}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  return { host, container };
}
