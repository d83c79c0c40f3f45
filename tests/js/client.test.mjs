// The shared operations through a real client library (graphql-request) against the running gateway,
// checked against the demo catalogue's django-multisite2, the record the seed file pins down.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ClientError, GraphQLClient } from 'graphql-request';
import { useGateway } from './support/gateway.mjs';
import { noSchemaReason, readOperation, schemaExists } from './support/paths.mjs';

const skip = !schemaExists && noSchemaReason;
const seededParticipants = ['erikvw', 'sfllaw', 'mghughes', 'rebkwok', 'jordiecometrica', 'plazix',
  'rory-geoghegan-ecometrica', 'JordanReiter', 'coddingtonbear', 'vit-ivanov', 'jedie', 'eddiejessup',
  'avbasov', 'brunoprograma', 'chewthemonkey', 'jbazik', 'manos-korakakis', 'pauricthelodger', 'mihalikv'];

let client;
before(async () => {
  if (!skip) {
    client = new GraphQLClient(`${await useGateway(after)}/graphql`);
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

test('GridComparison returns the grid of django-multisite2 with the package among its packages', { skip }, async () => {
  const { package: found } = await client.request(readOperation('PackagePage'), { slug: 'django-multisite2' });
  const slug = found.grids.nodes[0].slug;

  const { grid } = await client.request(readOperation('GridComparison'), { slug, first: 100 });

  assert.equal(grid.slug, slug);
  assert.ok(Array.isArray(grid.features));
  assert.ok(grid.packages.nodes.length <= 100);
  assert.ok(grid.packages.totalCount >= grid.packages.nodes.length);
  if (grid.packages.totalCount <= 100) {
    assert.ok(grid.packages.nodes.some((node) => node.slug === 'django-multisite2'));
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
