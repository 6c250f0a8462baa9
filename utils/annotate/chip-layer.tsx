import { render } from 'preact';
import { Chip, type ChipAction } from '../../components/Chip';
import type { Locale } from '../../utils/i18n';
import type { DossierView } from '../../utils/extension/views';

export const CHIP_TAG = 'nhac-han-chip';
export const ROW_MARK = 'data-nhac-han';

export interface MountedChip {
  container: Element;
  remove(): void;
}

/** Creates an (isolated) chip host appended to the anchor. */
export type MountChip = (anchor: Element) => Promise<MountedChip>;

export interface ChipTarget {
  row: Element;
  anchor: Element;
  view: DossierView;
}

/**
 * Keeps exactly one chip per recognised row: re-syncing with the same rows updates the chips in
 * place, rows that went away (pagination, SPA route change) lose theirs, and a chip left by an
 * earlier injection of the script is removed before a new one is added.
 */
export class ChipLayer {
  private readonly mounted = new Map<Element, MountedChip & { key: string }>();

  constructor(
    private readonly mount: MountChip,
    private readonly onAction: (action: ChipAction, view: DossierView) => void,
  ) {}

  async sync(targets: readonly ChipTarget[], locale: Locale): Promise<void> {
    const wanted = new Map(targets.filter((t) => t.anchor.isConnected).map((t) => [t.anchor, t]));
    for (const [anchor, chip] of this.mounted) {
      if (!wanted.has(anchor) || !anchor.isConnected) this.drop(anchor, chip);
    }
    await Promise.all(
      [...wanted.values()].map(async ({ row, anchor, view }) => {
        row.setAttribute(ROW_MARK, view.key);
        let chip = this.mounted.get(anchor);
        if (!chip) {
          for (const stray of anchor.querySelectorAll(`:scope > ${CHIP_TAG}`)) stray.remove();
          chip = { ...(await this.mount(anchor)), key: view.key };
          this.mounted.set(anchor, chip);
        }
        chip.key = view.key;
        render(<Chip view={view} locale={locale} onAction={this.onAction} />, chip.container);
      }),
    );
  }

  clear(): void {
    for (const [anchor, chip] of this.mounted) this.drop(anchor, chip);
  }

  private drop(anchor: Element, chip: MountedChip) {
    render(null, chip.container);
    chip.remove();
    this.mounted.delete(anchor);
  }
}

/** True when a mutation only concerns our own chip hosts, so it must not trigger a re-scan. */
export function isOwnMutation(m: MutationRecord): boolean {
  if (m.type !== 'childList') return false;
  const nodes = [...m.addedNodes, ...m.removedNodes];
  return nodes.length > 0 && nodes.every((n) => n instanceof Element && n.localName === CHIP_TAG);
}
