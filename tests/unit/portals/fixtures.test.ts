import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureOutput, listFixtures } from '../../../scripts/regen-fixtures';
import { checkFixture, expectsNoDossiers as givesNone, handChecked } from '../../../scripts/fixture-accuracy';
import { ADAPTERS } from '../../../utils/portals/registry';
import type { DossierRecord } from '../../../utils/portals/types';

const fixtures = listFixtures();
const outputOf = (f: (typeof fixtures)[number]) => JSON.parse(fixtureOutput(f)) as { portal: string | null; kind: string | null; dossiers: DossierRecord[] };

describe('portal fixtures', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s matches its reviewed expected JSON', (_name, f) => {
    expect(existsSync(f.expectedPath), `run npx tsx scripts/regen-fixtures.ts for ${f.name}`).toBe(true);
    expect(fixtureOutput(f)).toBe(readFileSync(f.expectedPath, 'utf8'));
  });

  it.each(ADAPTERS.map((a) => [a.id] as const))('adapter %s has a fixture recognised by that adapter', (id) => {
    const own = fixtures.filter((f) => f.name.startsWith(`${id}/`) && JSON.parse(readFileSync(f.expectedPath, 'utf8')).dossiers.length > 0);
    expect(own.length).toBeGreaterThan(0);
    for (const f of own) expect(JSON.parse(readFileSync(f.expectedPath, 'utf8')).portal).toBe(id);
  });

  it('has at least 12 hand-checked fixtures from the OpenCPS, e-PAR and iGate front ends', () => {
    const families = handChecked().map((f) => f.name.split('/')[0]);
    expect(families.length).toBeGreaterThanOrEqual(12);
    expect(new Set(families)).toEqual(new Set(['opencps', 'epar', 'igate']));
  });

  it.each(handChecked().map((f) => [f.name, f] as const))('%s gives every hand-checked value and no other dossier', (_name, f) => {
    expect(checkFixture(f).failures).toEqual([]);
  });

  it('has at least 8 fixtures, 2 of them negative pages, and an NFD page', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
    expect(fixtures.filter((f) => f.name.startsWith('negative/')).length).toBeGreaterThanOrEqual(2);
    expect(fixtures.some((f) => f.html !== f.html.normalize('NFC'))).toBe(true);
  });

  it.each(fixtures.filter(givesNone).map((f) => [f.name, f] as const))('%s gives zero dossiers and no coverage claim', (_name, f) => {
    expect(outputOf(f)).toMatchObject({ portal: null, coverage: null, dossiers: [] });
  });

  it.each(fixtures.filter((f) => !givesNone(f)).map((f) => [f.name, f] as const))(
    '%s yields NFC records with +07:00 times and a dossier code each',
    (_name, f) => {
      const out = outputOf(f);
      expect(out.dossiers.length).toBeGreaterThan(0);
      for (const d of out.dossiers) {
        // The national shape, or e-PAR's own record numbers (TN05-CX-HU9OOS).
        expect(d.code).toMatch(/-\d{6}-\d{4,6}$|^[A-Z][A-Z0-9_]*-[A-Z]+-[A-Z0-9]{4,}$/);
        for (const t of [d.receivedAt, d.dueAt, d.stepDueAt]) if (t !== null) expect(t).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/);
        for (const s of [d.procedure, d.applicant, d.statusText]) if (s !== null) expect(s).toBe(s.normalize('NFC'));
      }
    },
  );
});
