import { afterEach, describe, expect, it, vi } from 'vitest';
import { createShadowHost } from '../../../utils/annotate/shadow-host';

afterEach(() => vi.unstubAllGlobals());

describe('createShadowHost', () => {
  it('parses a stylesheet once and adopts the same sheet in every host, with the reset and :root → :host', () => {
    const a = createShadowHost('x-chip', ':root{color:red}');
    const b = createShadowHost('x-chip', ':root{color:red}');
    const [sheet] = a.host.shadowRoot!.adoptedStyleSheets;
    expect(sheet).toBeDefined();
    expect(b.host.shadowRoot!.adoptedStyleSheets).toEqual([sheet]);
    expect([...sheet!.cssRules].map((r) => r.cssText.replace(/\s+/g, ''))).toEqual([':host{all:initial!important;}', ':host{color:red;}']);
    expect(a.host.shadowRoot!.querySelector('style')).toBeNull();
    expect(a.container.parentNode).toBe(a.host.shadowRoot);
  });

  it('falls back to a <style> in each root where constructable stylesheets are missing', () => {
    vi.stubGlobal('CSSStyleSheet', undefined);
    const { host } = createShadowHost('x-panel', '.p{margin:0}');
    expect(host.shadowRoot!.querySelector('style')!.textContent).toBe(':host{all:initial !important;}\n.p{margin:0}');
  });

  it('falls back to a <style> when the root does not take the adopted sheet (Firefox content scripts)', () => {
    const spy = vi.spyOn(ShadowRoot.prototype, 'adoptedStyleSheets', 'set').mockImplementation(() => {
      throw new TypeError('Accessing from Xray wrapper is not supported.');
    });
    try {
      const { host } = createShadowHost('x-letter', '.l{margin:0}');
      expect(host.shadowRoot!.querySelector('style')!.textContent).toContain('.l{margin:0}');
    } finally {
      spy.mockRestore();
    }
  });
});
