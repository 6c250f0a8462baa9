// Makes sure a Chromium exists for the e2e tests and `npm start`; installs Debian's package when
// running as root with apt-get, otherwise says how to get one.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const found = () =>
  (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) || has('chromium') || has('chromium-browser') || existsSync('/usr/bin/chromium');

if (!found()) {
  if (process.getuid?.() === 0 && has('apt-get')) {
    console.error('Chưa có Chromium: đang cài gói chromium (apt-get)…');
    execSync('apt-get update && apt-get install -y chromium', { stdio: 'inherit' });
  } else {
    console.error(
      'Không tìm thấy Chromium. Cài gói "chromium" (Debian/Ubuntu: sudo apt-get install -y chromium) ' +
        'hoặc đặt biến CHROMIUM_PATH trỏ tới trình duyệt Chromium.',
    );
    process.exit(1);
  }
}
