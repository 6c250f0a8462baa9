// @vitest-environment node
import { request } from 'node:http';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HOSTS, demoDossierIndex, dossiersOf, startDemoPortal } from '../../../scripts/demo-portal/index';
import { generateDossiers } from '../../../scripts/demo-portal/dossiers';
import { run as inspect } from '../../../scripts/cli/inspect';
import { inspectHtml, readTaughtFile } from '../../../scripts/cli/inspect';
import { readFileSync } from 'node:fs';
import { recordsFromIgateSearch } from '../../../utils/portals/adapters/igate';
import { urgencyOf } from '../../../utils/deadline';
import { parseInstant } from '../../../utils/time/vn-time';

const NOW = parseInstant('2026-11-25T09:00:00+07:00'); // a Wednesday

function get(port: number, host: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('demo dossiers', () => {
  it('are the same for the same clock and seed', () => {
    expect(generateDossiers({ now: NOW })).toEqual(generateDossiers({ now: NOW }));
  });

  it('cover every urgency level on a working day', () => {
    const levels = new Set(generateDossiers({ now: NOW }).map((d) => urgencyOf(d, NOW).level));
    expect([...levels].sort()).toEqual(['done', 'due-today', 'letter-due', 'near', 'ok', 'overdue']);
  });
});

describe('demo portal server', () => {
  let demo: Awaited<ReturnType<typeof startDemoPortal>>;
  beforeAll(async () => {
    demo = await startDemoPortal({ port: 0, now: NOW });
  });
  afterAll(() => demo.close());

  it.each([
    [DEMO_HOSTS.antd, '/ho-so/can-xu-ly', 'antd', 20],
    [DEMO_HOSTS.epar, '/motcua/hoso_danhsach.php', 'epar', 25],
    [DEMO_HOSTS.plain, '/ho-so/dang-xu-ly', 'generic', 40],
    [DEMO_HOSTS.plain, '/thong-ke', null, 0],
    [DEMO_HOSTS.plain, '/dang-nhap', null, 0],
    [DEMO_HOSTS.hostile, '/ho-so/dang-xu-ly', 'generic', 6],
    // Cards with the office's own numbering: only a taught portal reads them (below).
    [DEMO_HOSTS.cards, '/ho-so/da-tiep-nhan', null, 0],
  ])('serves %s%s, recognised as %s with %i dossiers', async (host, path, portal, count) => {
    const { status, body } = await get(demo.port, host, path);
    expect(status).toBe(200);
    const out = inspectHtml(body, `http://${host}${path}`, NOW);
    expect([out.portal, out.dossiers.length]).toEqual([portal, count]);
  });

  it.each([
    ['/ho-so/da-tiep-nhan', 'ok', 15],
    ['/ho-so/da-tiep-nhan?giao-dien=2', 'changed', 0],
  ])('the card list %s read with the taught file of tests/fixtures/taught: %s, %i dossiers', async (path, state, count) => {
    const taught = readTaughtFile(readFileSync('tests/fixtures/taught/cards.json', 'utf8'));
    const { body } = await get(demo.port, DEMO_HOSTS.cards, path);
    const out = inspectHtml(body, `http://${DEMO_HOSTS.cards}${path}`, NOW, taught);
    expect([out.taught, out.dossiers.length]).toEqual([state, count]);
    const served = new Map(dossiersOf('cards', generateDossiers({ now: NOW })).map((d) => [d.code, d]));
    for (const d of out.dossiers) expect([d.code, d.dueAt, d.receivedAt]).toEqual([d.code, served.get(d.code)?.dueAt, served.get(d.code)?.receivedAt]);
  });

  it('serves a long plain list with ?rows=, every code unique and recognised', async () => {
    const { status, body } = await get(demo.port, DEMO_HOSTS.plain, '/ho-so/dang-xu-ly?rows=500');
    expect(status).toBe(200);
    const out = inspectHtml(body, `http://${DEMO_HOSTS.plain}/ho-so/dang-xu-ly`, NOW);
    expect([out.portal, out.dossiers.length, new Set(out.dossiers.map((d) => d.code)).size]).toEqual(['generic', 500, 500]);
  });

  it.each(['0', '-3', '2.5', 'abc', '20001'])('refuses ?rows=%s', async (rows) => {
    expect((await get(demo.port, DEMO_HOSTS.plain, `/ho-so/dang-xu-ly?rows=${rows}`)).status).toBe(400);
  });

  it('serves the records the generator made, due dates included', async () => {
    const { body } = await get(demo.port, DEMO_HOSTS.plain, '/ho-so/dang-xu-ly');
    const out = inspectHtml(body, `http://${DEMO_HOSTS.plain}/ho-so/dang-xu-ly`, NOW);
    expect(out.dossiers.map((d) => [d.code, d.dueAt])).toEqual(generateDossiers({ now: NOW }).map((d) => [d.code, d.dueAt]));
  });

  it('answers the iGate page\'s own search API with pages of records', async () => {
    const { body } = await get(demo.port, DEMO_HOSTS.igate, '/pa/dossier/search?status=processing&page=0&size=20');
    const json = JSON.parse(body);
    expect(json.last).toBe(false);
    expect(recordsFromIgateSearch(json, `http://${DEMO_HOSTS.igate}/vi/dossier/processing`)).toHaveLength(20);
    expect((await get(demo.port, DEMO_HOSTS.igate, '/vi/dossier/supplement')).body).toContain('/assets/igate.js');
    expect((await get(demo.port, DEMO_HOSTS.igate, '/assets/igate.js')).body).toContain('pushState');
  });

  it('serves the hostile list on its own host, with codes of its own and no claim to be complete', async () => {
    const read = async (host: string) =>
      inspectHtml((await get(demo.port, host, '/ho-so/dang-xu-ly')).body, `http://${host}/ho-so/dang-xu-ly`, NOW);
    const [plain, hostile] = [await read(DEMO_HOSTS.plain), await read(DEMO_HOSTS.hostile)];
    const plainCodes = new Set(plain.dossiers.map((d) => d.code));
    expect(hostile.dossiers.filter((d) => plainCodes.has(d.code))).toEqual([]);
    expect([plain.coverage?.complete, hostile.coverage?.complete]).toEqual([true, false]);
    expect((await get(demo.port, DEMO_HOSTS.plain, '/hostile')).status).toBe(404);
  });

  it('renders hostile dossier text escaped', async () => {
    const { body } = await get(demo.port, DEMO_HOSTS.hostile, '/ho-so/dang-xu-ly');
    expect(body).not.toContain('<img src=x');
    expect(body).not.toContain('</script><script>');
    const doc = new new Window().DOMParser().parseFromString(body, 'text/html');
    expect(doc.querySelectorAll('img, script')).toHaveLength(0);
    expect(body).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(body).toContain('\u202E');
  });

  it('lists every flavour on localhost and 404s unknown hosts', async () => {
    expect((await get(demo.port, 'localhost', '/')).body).toContain(DEMO_HOSTS.igate);
    expect((await get(demo.port, 'example.com', '/')).status).toBe(404);
  });
});

describe('cli inspect', () => {
  it.each([
    [[], /Cách dùng/],
    [['page.html'], /Cách dùng/],
    [['page.html', '--url', 'not a url'], /--url không hợp lệ/],
    [['page.html', '--url', 'https://x.gov.vn/', '--now', 'hôm qua'], /--now không hợp lệ/],
  ])('rejects %j', async (args, message) => {
    await expect(inspect(args)).rejects.toThrow(message);
  });
});

describe('demo portals as distinct offices', () => {
  it('gives each list portal its own unit code, so no dossier appears on two portals', () => {
    const dossiers = generateDossiers({ now: NOW });
    const index = demoDossierIndex(dossiers);
    // Four full lists, and the first 15 dossiers again on the card list under local numbers.
    expect(index.size).toBe(dossiers.length * 4 + 15);
    expect(dossiersOf('cards', dossiers)[0]!.code).toMatch(/^TP-\d{6}-\d{4}$/);
    expect(dossiersOf('antd', dossiers)[0]!.code).toMatch(/^\d{3}\.\d{2}\.\d{2}\.H56-\d{6}-\d{4}$/);
    expect(dossiersOf('plain', dossiers)).toBe(dossiers);
    // Same deadlines, only the code differs.
    expect(dossiersOf('epar', dossiers).map((d) => d.dueAt)).toEqual(dossiers.map((d) => d.dueAt));
  });
});
