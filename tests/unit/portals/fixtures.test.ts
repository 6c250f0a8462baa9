import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureOutput, listFixtures } from '../../../scripts/regen-fixtures';
import { ADAPTERS } from '../../../utils/portals/registry';

const fixtures = listFixtures();

describe('portal fixtures', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s matches its reviewed expected JSON', (_name, f) => {
    expect(existsSync(f.expectedPath), `run npx tsx scripts/regen-fixtures.ts for ${f.name}`).toBe(true);
    expect(fixtureOutput(f)).toBe(readFileSync(f.expectedPath, 'utf8'));
  });

  it.each(ADAPTERS.map((a) => [a.id] as const))('adapter %s has a fixture recognised by that adapter', (id) => {
    const own = fixtures.filter((f) => f.name.startsWith(`${id}/`));
    expect(own.length).toBeGreaterThan(0);
    for (const f of own) expect(JSON.parse(readFileSync(f.expectedPath, 'utf8')).portal).toBe(id);
  });

  it('has at least 8 fixtures, 2 of them negative pages, and an NFD page', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
    expect(fixtures.filter((f) => f.name.startsWith('negative/')).length).toBeGreaterThanOrEqual(2);
    expect(fixtures.some((f) => f.html !== f.html.normalize('NFC'))).toBe(true);
  });

  it.each(fixtures.filter((f) => f.name.startsWith('negative/')).map((f) => [f.name, f] as const))(
    '%s gives zero dossiers and no coverage claim',
    (_name, f) => {
      const out = JSON.parse(fixtureOutput(f));
      expect(out).toMatchObject({ portal: null, coverage: null, dossiers: [] });
    },
  );

  it.each(fixtures.filter((f) => !f.name.startsWith('negative/')).map((f) => [f.name, f] as const))(
    '%s yields NFC records with +07:00 times and a dossier code each',
    (_name, f) => {
      const out = JSON.parse(fixtureOutput(f));
      expect(out.dossiers.length).toBeGreaterThan(0);
      for (const d of out.dossiers) {
        expect(d.code).toMatch(/-\d{6}-\d{4,6}$/);
        for (const t of [d.receivedAt, d.dueAt, d.stepDueAt]) if (t !== null) expect(t).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/);
        for (const s of [d.procedure, d.applicant, d.statusText]) if (s !== null) expect(s).toBe(s.normalize('NFC'));
      }
    },
  );
});
