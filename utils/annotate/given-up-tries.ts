/**
 * Kinds of try (chip-layer.tsx `tryKind`: a column, on its line or wrapped) given up by grid, at
 * the window width they failed at. In a table laid out by its content, room measured before a chip
 * moves is not room after it: the columns share the width again, and on the demo list every try in
 * the widest cell made its row taller. A failed round costs two layouts of the whole table (the
 * try, then the chip back beside the code), a second each at 20,000 rows; a kind that failed for
 * every row that tried it is not tried again on that grid's next screens, until the window is
 * resized or zoomed (another width, other rooms).
 *
 * Nor on the next visit: an officer opens the same lists all day at the same width, and the first
 * screen of each visit paid the failed round again. What was given up is kept per portal origin
 * (`PlacementMemory`, the extension's storage.local or the userscript manager's values): a grid is
 * known by the list's path, its element chain and its rows' cell count, never by what its cells say.
 */

export interface KeptPlacement {
  width: number;
  /** Kinds given up, by grid signature; the most recently learnt last. */
  grids: Record<string, string[]>;
}

/** Where a face keeps what was given up for this portal origin. */
export interface PlacementMemory {
  read(): Promise<unknown>;
  write(kept: KeptPlacement): Promise<void>;
}

/** Grids remembered per origin: the lists an officer works through, not every table ever seen. */
const KEPT_GRIDS = 20;
const KIND = /^\d{1,3}( wrapped)?$/;
const SIGNATURE_CHARS = 400;
/** Elements above the rows' container named in the signature (tbody < table < the portal's wrapper). */
const CHAIN = 3;

/** What a memory held, if it is a placement at all: a damaged copy is no memory (the tries run again). */
export function keptPlacementFrom(value: unknown): KeptPlacement | null {
  if (typeof value !== 'object' || value === null) return null;
  const { width, grids } = value as Partial<KeptPlacement>;
  if (typeof width !== 'number' || !Number.isFinite(width) || width <= 0 || typeof grids !== 'object' || grids === null) return null;
  const valid = Object.entries(grids).filter(
    ([signature, kinds]) => signature.length <= SIGNATURE_CHARS && Array.isArray(kinds) && kinds.every((k) => typeof k === 'string' && KIND.test(k)),
  );
  return { width, grids: Object.fromEntries(valid.slice(-KEPT_GRIDS)) };
}

/**
 * A grid as the next visit will find it: the page's path (another route is another list, with
 * other columns), the tag and classes of the rows' container and its parents, and the row's cells.
 */
export function gridSignature(grid: Element, row: Element, path: string): string {
  const chain: string[] = [];
  for (let element: Element | null = grid; element && chain.length < CHAIN; element = element.parentElement) {
    chain.push([element.localName, ...[...element.classList].sort()].join('.'));
  }
  return `${path}|${chain.join('<')}|${row.children.length}`.slice(0, SIGNATURE_CHARS);
}

export interface Tried {
  grid: Element | null;
  row: Element;
  kind: string;
  kept: boolean;
}

export class GivenUpTries {
  /** The width `bySignature` holds for; null before anything is known. */
  private width: number | null = null;
  private readonly bySignature = new Map<string, Set<string>>();
  private readonly signatures = new WeakMap<Element, string>();
  private loading: Promise<void> | null = null;

  constructor(
    private readonly memory?: PlacementMemory,
    private readonly path: () => string = () => location.pathname,
  ) {}

  /**
   * Resolves once the memory's answer is in (at once without a memory, or if it failed). Read on
   * the first call, by the first placement: not at start-up, where the kept chips' storage read is
   * the one the first chips wait for.
   */
  loaded(): Promise<void> {
    this.loading ??= this.memory
      ? this.memory
          .read()
          .then((value) => this.seed(keptPlacementFrom(value)))
          .catch(() => undefined)
      : Promise.resolve();
    return this.loading;
  }

  /** The kinds given up on this grid at this width. */
  at(grid: Element | null, row: Element, width: number): ReadonlySet<string> {
    if (!grid || width !== this.width) return new Set();
    return this.bySignature.get(this.signatureOf(grid, row)) ?? new Set();
  }

  /** Gives up, on its grid, each kind of try that no row of that grid kept in this round; keeps what changed. */
  learn(tried: readonly Tried[], width: number): void {
    if (width !== this.width) {
      this.width = width;
      this.bySignature.clear();
    }
    let changed = false;
    for (const { grid, row, kind } of tried) {
      if (!grid || tried.some((t) => t.grid === grid && t.kind === kind && t.kept)) continue;
      const signature = this.signatureOf(grid, row);
      const kinds = this.bySignature.get(signature) ?? new Set<string>();
      if (kinds.has(kind)) continue;
      // The newest last: the oldest grids are the ones forgotten.
      this.bySignature.delete(signature);
      this.bySignature.set(signature, kinds.add(kind));
      changed = true;
    }
    if (changed && this.memory) void this.memory.write(this.kept()).catch(() => undefined);
  }

  private kept(): KeptPlacement {
    const grids = [...this.bySignature].slice(-KEPT_GRIDS).map(([signature, kinds]) => [signature, [...kinds]]);
    return { width: this.width!, grids: Object.fromEntries(grids) };
  }

  /** An earlier visit's, unless this one has learnt something already. */
  private seed(kept: KeptPlacement | null): void {
    if (!kept || this.width !== null) return;
    this.width = kept.width;
    for (const [signature, kinds] of Object.entries(kept.grids)) this.bySignature.set(signature, new Set(kinds));
  }

  private signatureOf(grid: Element, row: Element): string {
    let signature = this.signatures.get(grid);
    if (signature === undefined) this.signatures.set(grid, (signature = gridSignature(grid, row, this.path())));
    return signature;
  }
}
