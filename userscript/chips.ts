import chipCss from '../components/Chip/chip.css?inline';
import { CHIP_TAG, type MountChip } from '../utils/annotate/chip-layer';
import { createShadowHost } from './shadow';

/** The extension's chip host, made by hand: same tag, same styles, appended to the anchor. */
export const mountChip: MountChip = async (anchor) => {
  const { host, container } = createShadowHost(CHIP_TAG, chipCss);
  // The host is inline in a table cell; keep it from taking the cell's full width.
  host.style.display = 'inline-block';
  anchor.append(host);
  return { container, remove: () => host.remove() };
};
