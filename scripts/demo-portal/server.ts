/** `npm run demo:portal -- [--port 8765] [--now ISO]`: starts the demo portal and prints its URLs. */
import { parseInstant } from '../../utils/time/vn-time';
import { DEMO_HOSTS, DEMO_PAGES, startDemoPortal } from './index';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const nowText = option('now');
const now = nowText === undefined ? undefined : parseInstant(nowText);
if (now !== undefined && Number.isNaN(now)) throw new Error(`--now không hợp lệ: "${nowText}"`);
const { port } = await startDemoPortal({ port: Number(option('port') ?? 8765), now });
const hosts = Object.values(DEMO_HOSTS).map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
console.log(`Cổng mô phỏng: http://localhost:${port}/`);
console.log(`Trình duyệt: --host-resolver-rules="${hosts}"`);
for (const [url, label] of DEMO_PAGES) console.log(`  ${label}: ${url}`);
