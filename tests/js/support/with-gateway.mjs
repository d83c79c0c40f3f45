// Usage: node tests/js/support/with-gateway.mjs COMMAND ARGS...
// Starts one gateway for a whole test run, runs COMMAND with GATEWAY_URL set to it, stops the gateway
// and exits with COMMAND's exit code. Seeding the demo catalogue once is what makes this worth it.
import { spawn } from 'node:child_process';
import { startGateway } from './gateway.mjs';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: with-gateway.mjs COMMAND ARGS...');
  process.exit(2);
}

const started = Date.now();
const gateway = await startGateway();
console.log(`gateway listening on ${gateway.url} after ${Date.now() - started} ms`);

const code = await new Promise((resolve) => {
  const env = { ...process.env, GATEWAY_URL: gateway.url, GATEWAY_DATA_DIRECTORY: gateway.dataDirectory };
  const child = spawn(command, args, { stdio: 'inherit', env });
  child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
});
await gateway.stop();
process.exit(code);
