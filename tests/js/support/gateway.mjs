// Starts the gateway built by `dotnet build -c Release` on a free loopback port with an embedded
// SQLite store in a temporary folder, seeded with the demo catalogue, and stops it again.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gatewayDll } from './paths.mjs';

const startTimeoutMs = 5 * 60 * 1000;

/**
 * Starts a gateway process. Resolves once Kestrel reports the address it listens on, which it does
 * only after the catalogue has been migrated and seeded.
 * @param {{ environment?: string, settings?: Record<string, string> }} options
 * @returns {Promise<{ url: string, dataDirectory: string, stop: () => Promise<void> }>}
 */
export async function startGateway({ environment = 'Development', settings = {} } = {}) {
  if (!fs.existsSync(gatewayDll)) {
    throw new Error(`${gatewayDll} is missing: run \`dotnet build -c Release\` first.`);
  }

  const dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-js-'));
  const env = {
    ...process.env,
    ASPNETCORE_ENVIRONMENT: environment,
    Catalogue__DataDirectory: dataDirectory,
    Logging__LogLevel__Default: 'Warning',
    'Logging__LogLevel__Microsoft.Hosting.Lifetime': 'Information',
  };
  for (const [key, value] of Object.entries(settings)) {
    env[key.replaceAll(':', '__')] = value;
  }

  const child = spawn('dotnet', [gatewayDll, '--urls', 'http://127.0.0.1:0'], {
    env,
    cwd: dataDirectory,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the gateway did not listen within ${startTimeoutMs} ms:\n${log}`)),
      startTimeoutMs);
    const read = (chunk) => {
      log += chunk;
      const match = /Now listening on: (http:\/\/\S+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.setEncoding('utf8').on('data', read);
    child.stderr.setEncoding('utf8').on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the gateway exited with ${code} before listening:\n${log}`));
    });
  });

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dataDirectory, { recursive: true, force: true });
  };
  return { url, dataDirectory, stop };
}

/**
 * The gateway under test: the one named by GATEWAY_URL (the test command starts one for all test
 * files, and names its SQLite folder in GATEWAY_DATA_DIRECTORY), or one of this test file's own,
 * stopped when the file's tests are done.
 * @param {import('node:test').after} after
 * @returns {Promise<{ url: string, dataDirectory: string | undefined }>}
 */
export async function useGateway(after) {
  if (process.env.GATEWAY_URL) {
    return { url: process.env.GATEWAY_URL.replace(/\/$/, ''), dataDirectory: process.env.GATEWAY_DATA_DIRECTORY };
  }

  const gateway = await startGateway();
  after(gateway.stop);
  return gateway;
}

/**
 * Runs a command-line verb of the gateway against the store in dataDirectory and returns its
 * standard output; throws with its error output when it fails.
 */
export function runVerb(dataDirectory, args) {
  const result = spawnSync('dotnet', [gatewayDll, ...args], {
    cwd: dataDirectory,
    encoding: 'utf8',
    env: { ...process.env, Catalogue__DataDirectory: dataDirectory, Logging__LogLevel__Default: 'Warning' },
    timeout: 2 * 60 * 1000,
  });
  if (result.status !== 0) {
    throw new Error(`Gateway ${args.join(' ')} exited with ${result.status}:\n${result.stderr}${result.stdout}`);
  }

  return result.stdout;
}
