// A real browser: Debian's Chromium driven by playwright-core opens /graphql, waits for Banana Cake
// Pop to load the schema, types a query, runs it and waits for the result. Nothing is downloaded:
// the IDE comes from the gateway, and any request that leaves the gateway fails the test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { useGateway } from './support/gateway.mjs';
import { artifactPath, noSchemaReason, schemaExists } from './support/paths.mjs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skip = (!schemaExists && noSchemaReason) ||
  (!fs.existsSync(chromiumPath) && `${chromiumPath} is missing (apt-get install chromium)`);
const waitMs = 180_000;

let gatewayUrl;
before(async () => {
  if (!skip) {
    gatewayUrl = (await useGateway(after)).url;
  }
});

test('Banana Cake Pop loads the schema and shows the result of a typed query',
  { skip }, async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const outside = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(gatewayUrl) && !/^(data|blob|chrome-extension):/.test(url)) {
      outside.push(url);
    }
  });

  // The IDE's own requests to the endpoint, kept for the failure message.
  const exchanges = [];
  context.on('requestfinished', async (request) => {
    if (request.method() === 'POST' && !/IntrospectionQuery|__type/.test(request.postData() ?? '')) {
      const response = await request.response();
      const body = await response?.text().catch(() => '') ?? '';
      exchanges.push(`${request.postData()} -> ${response?.status()} ${body.slice(0, 300)}`);
    }
  });

  const page = context.pages()[0] ?? await context.newPage();
  try {
    const opened = performance.now();
    await page.goto(`${gatewayUrl}/graphql`);
    await page.getByRole('button', { name: 'Create Document' }).click({ timeout: waitMs });
    await page.getByText('Schema available').waitFor({ timeout: waitMs });
    const schemaLoaded = performance.now();

    await page.locator('.monaco-editor').first().click();
    await page.keyboard.insertText(
      'query PackageTitle { package(slug: "django-multisite2") { title databaseId } }');
    // Note: Run sends the document the IDE has stored, which follows the editor after a debounce;
    // clicking Run before that sends {"query":""}, which the endpoint rightly refuses with 400. The
    // Builder panel lists the operation only once the stored document holds it.
    await page.getByText('PackageTitle: Query').waitFor({ timeout: waitMs });
    const run = performance.now();
    await page.getByRole('button', { name: 'Run Operation' }).first().click();
    await page.locator('.monaco-editor .view-line')
      .filter({ hasText: /"databaseId":\s*6045/ })
      .waitFor({ timeout: waitMs });
    const shown = performance.now();

    await page.screenshot({ path: artifactPath('banana-cake-pop.png') });
    assert.match(await page.title(), /Gateway$/, 'the title from bcp-config.json');
    assert.deepEqual(outside, [], 'the IDE reached beyond the gateway');
    const timings = {
      schemaLoadedMs: Math.round(schemaLoaded - opened),
      resultShownMs: Math.round(shown - run),
      totalMs: Math.round(shown - opened),
    };
    fs.writeFileSync(artifactPath('browser-timings.json'), JSON.stringify(timings, null, 2));
    console.log(`Banana Cake Pop: schema loaded after ${timings.schemaLoadedMs} ms, result shown ` +
      `${timings.resultShownMs} ms after Run (${timings.totalMs} ms from opening /graphql)`);
  } catch (error) {
    await page.screenshot({ path: artifactPath('banana-cake-pop-failure.png') }).catch(() => {});
    error.message += `\nrequests the IDE sent:\n${exchanges.join('\n') || '(none)'}`;
    throw error;
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});
