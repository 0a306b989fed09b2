// first-answer.mjs — time from starting `pingan serve` to its first answered request.
//   node bench/first-answer.mjs BIN DB PORT   → prints milliseconds, then stops the server
import { spawn } from 'node:child_process';
import http from 'node:http';

const [bin, db, port] = process.argv.slice(2);
const t0 = process.hrtime.bigint();
const srv = spawn(bin, ['serve', '--db', db, '--listen', `127.0.0.1:${port}`, '--quiet'],
  { stdio: 'ignore' });
const once = () => new Promise((resolve) => {
  const req = http.get({ host: '127.0.0.1', port, path: '/api/v1/health', agent: false }, (res) => {
    res.resume();
    resolve(res.statusCode === 200);
  });
  req.on('error', () => resolve(false));
});
for (let i = 0; i < 20000; i++) {
  if (await once()) {
    console.log((Number(process.hrtime.bigint() - t0) / 1e6).toFixed(1));
    srv.kill('SIGTERM');
    process.exit(0);
  }
  await new Promise((r) => setTimeout(r, 1));
}
srv.kill('SIGKILL');
console.log('timeout');
process.exit(1);
