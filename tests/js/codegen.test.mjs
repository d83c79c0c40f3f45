// graphql-codegen (typescript + typescript-operations) over the committed schema and the shared
// operations, then tsc over its output and a typed client that uses it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { artifactsDirectory, noSchemaReason, repositoryRoot, schemaExists } from './support/paths.mjs';

const skip = !schemaExists && noSchemaReason;
const bin = (name) => path.join(repositoryRoot, 'node_modules', '.bin', name);
const generated = path.join(artifactsDirectory, 'codegen', 'graphql.ts');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: repositoryRoot, encoding: 'utf8', timeout: 5 * 60 * 1000 });
  const output = `${result.stdout}${result.stderr}`;
  assert.equal(result.status, 0, `${path.basename(command)} ${args.join(' ')} failed:\n${output}`);
  return output;
}

test('codegen writes TypeScript types for the schema and every operation', { skip }, () => {
  fs.rmSync(generated, { force: true });

  run(bin('graphql-codegen'), ['--config', 'tests/js/codegen.json', '--silent']);

  const source = fs.readFileSync(generated, 'utf8');
  for (const type of ['PackagePageQuery', 'GridComparisonQuery', 'PackageListQuery', 'export type Package = ']) {
    assert.ok(source.includes(type), `${type} is missing from the generated types`);
  }
});

test('tsc type-checks the generated types and the typed client', { skip }, () => {
  assert.ok(fs.existsSync(generated), 'the codegen test did not produce its output');

  run(bin('tsc'), ['-p', 'tests/js/tsconfig.json']);
});
