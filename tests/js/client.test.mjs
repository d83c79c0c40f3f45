// The shared operations through a real client library (graphql-request) against the running gateway,
// checked against the demo catalogue's django-multisite2, the record the seed file pins down.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ClientError, GraphQLClient } from 'graphql-request';
import { runVerb, useGateway } from './support/gateway.mjs';
import {
  noMutationsReason, noSchemaReason, readOperation, schemaExists, schemaHasMutations,
} from './support/paths.mjs';

const skip = !schemaExists && noSchemaReason;
const seededParticipants = ['erikvw', 'sfllaw', 'mghughes', 'rebkwok', 'jordiecometrica', 'plazix',
  'rory-geoghegan-ecometrica', 'JordanReiter', 'coddingtonbear', 'vit-ivanov', 'jedie', 'eddiejessup',
  'avbasov', 'brunoprograma', 'chewthemonkey', 'jbazik', 'manos-korakakis', 'pauricthelodger', 'mihalikv'];

let client;
let gateway;
before(async () => {
  if (!skip) {
    gateway = await useGateway(after);
    client = new GraphQLClient(`${gateway.url}/graphql`);
  }
});

test('PackagePage returns django-multisite2 as the seed file shows it', { skip }, async () => {
  const { package: found } = await client.request(readOperation('PackagePage'), { slug: 'django-multisite2' });

  assert.equal(found.databaseId, 6045);
  assert.equal(found.title, 'django-multisite2');
  assert.equal(found.repoUrl, 'https://github.com/erikvw/django-multisite2');
  assert.equal(found.repoDescription, 'Multisite in django — use one Django app to serve multiple domains');
  assert.equal(found.repoWatchers, 1);
  assert.equal(found.repoForks, 2);
  assert.equal(found.pypiVersion, '2.1.0');
  assert.equal(found.commitsOver52.length, 52);
  assert.equal(found.commitsOver52.reduce((sum, count) => sum + count, 0), 7);
  assert.equal(Date.parse(found.created), Date.parse('2025-01-22T16:06:06.693Z'));
  assert.match(found.created, /\.693138/, 'microseconds are kept');
  assert.equal(found.grids.totalCount, 1);
  assert.equal(found.participants.totalCount, seededParticipants.length);
  assert.deepEqual(found.participants.edges.map((edge) => edge.node.login), seededParticipants);
  assert.equal(found.participants.pageInfo.hasNextPage, false);
});

test('PackagePage answers null for a slug that does not exist', { skip }, async () => {
  const data = await client.request(readOperation('PackagePage'), { slug: `no-such-package-${Date.now()}` });

  assert.equal(data.package, null);
});

test('GridComparison returns the grid of django-multisite2 with its comparison matrix', { skip }, async () => {
  const { package: found } = await client.request(readOperation('PackagePage'), { slug: 'django-multisite2' });
  const slug = found.grids.nodes[0].slug;

  const { grid } = await client.request(readOperation('GridComparison'), { slug, first: 100 });

  assert.equal(grid.slug, slug);
  assert.ok(grid.packages.nodes.length <= 100);
  assert.ok(grid.packages.totalCount >= grid.packages.nodes.length);
  assert.ok(grid.features.totalCount >= grid.features.nodes.length);
  if (grid.packages.totalCount <= 100) {
    const compared = new Set(grid.packages.nodes.map((node) => node.slug));
    assert.ok(compared.has('django-multisite2'));
    for (const feature of grid.features.nodes) {
      for (const element of feature.elements) {
        assert.ok(compared.has(element.package.slug),
          `the cell of "${feature.title}" for ${element.package.slug} is outside the grid`);
      }
    }
  }
});

test('PackageList pages forward by cursor without repeating a package', { skip }, async () => {
  const seen = new Set();
  let after = null;
  let total;
  for (let page = 0; page < 3; page += 1) {
    const { packages } = await client.request(readOperation('PackageList'), { first: 20, after });
    total ??= packages.totalCount;

    assert.equal(packages.edges.length, 20);
    assert.equal(packages.pageInfo.endCursor, packages.edges.at(-1).cursor);
    assert.equal(packages.pageInfo.hasNextPage, true);
    for (const edge of packages.edges) {
      assert.ok(!seen.has(edge.node.slug), `${edge.node.slug} came twice`);
      seen.add(edge.node.slug);
    }
    after = packages.pageInfo.endCursor;
  }

  assert.equal(seen.size, 60);
  assert.ok(total > 5000, `the demo catalogue has about 5,400 packages, not ${total}`);
});

test('a page beyond the maximum size is a GraphQL error, not a silent cut', { skip }, async () => {
  const failure = await client.request(readOperation('PackageList'), { first: 101 }).then(
    () => assert.fail('first: 101 was accepted'),
    (error) => error);

  assert.ok(failure instanceof ClientError, String(failure));
  assert.ok(failure.response.errors.length > 0);
  assert.match(failure.response.errors[0].message, /100/);
});

test('UpdatePackage edits with an editor token and refuses the same stale version', {
  skip: skip || (!schemaHasMutations && noMutationsReason),
}, async (t) => {
  if (!gateway.dataDirectory) {
    t.skip('GATEWAY_URL was given without GATEWAY_DATA_DIRECTORY, so no token can be made');
    return;
  }

  const secret = runVerb(gateway.dataDirectory, ['tokens', 'create', '--name', `js-client-${Date.now()}`,
    '--role', 'editor']).trim();
  const editor = new GraphQLClient(`${gateway.url}/graphql`, { headers: { authorization: `Bearer ${secret}` } });
  const { packages } = await client.request(readOperation('PackageList'), { first: 20 });
  // Note: the gateway is shared by the test files, so this edits a package no other test reads.
  const slug = packages.edges.map((edge) => edge.node.slug).findLast((candidate) => candidate !== 'django-multisite2');
  const { package: original } = await client.request(readOperation('PackagePage'), { slug });
  const description = `Edited through graphql-request at ${new Date().toISOString()}`;
  const input = { id: original.id, version: original.version, repoDescription: description };

  const { updatePackage: edited } = await editor.request(readOperation('UpdatePackage'), { input });
  const { updatePackage: stale } = await editor.request(readOperation('UpdatePackage'), { input });

  assert.equal(edited.errors, null);
  assert.equal(edited.package.repoDescription, description);
  assert.ok(edited.package.version > original.version, 'the version moves on with the edit');
  assert.equal(stale.package, null);
  assert.deepEqual(stale.errors.map((error) => error.__typename), ['StaleVersionError']);
  const { package: reread } = await client.request(readOperation('PackagePage'), { slug });
  assert.equal(reread.repoDescription, description);
});
