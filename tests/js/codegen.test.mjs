// graphql-codegen (typescript + typescript-operations) over the committed schema and the shared
// operations, then tsc over its output and a typed client that uses it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  artifactsDirectory, noSchemaReason, repositoryRoot, schemaExists, schemaHasMutations,
} from './support/paths.mjs';

const skip = !schemaExists && noSchemaReason;
const bin = (name) => path.join(repositoryRoot, 'node_modules', '.bin', name);
const schemaTypes = path.join(artifactsDirectory, 'codegen', 'schema.ts');
const operationTypes = path.join(artifactsDirectory, 'codegen', 'operations.ts');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: repositoryRoot, encoding: 'utf8', timeout: 5 * 60 * 1000 });
  const output = `${result.stdout}${result.stderr}`;
  assert.equal(result.status, 0, `${path.basename(command)} ${args.join(' ')} failed:\n${output}`);
  return output;
}

test('codegen writes TypeScript types for the schema and every operation', { skip }, () => {
  fs.rmSync(path.dirname(schemaTypes), { recursive: true, force: true });

  run(bin('graphql-codegen'), ['--config', 'tests/js/codegen.config.mjs']);

  assert.match(fs.readFileSync(schemaTypes, 'utf8'), /export type Package = /);
  const operations = fs.readFileSync(operationTypes, 'utf8');
  const expected = ['PackagePageQuery', 'GridComparisonQuery', 'PackageListQuery',
    ...(schemaHasMutations ? ['UpdatePackageMutation'] : [])];
  for (const type of expected) {
    assert.ok(operations.includes(`export type ${type} = `), `${type} is missing from the generated types`);
  }
});

test('tsc type-checks the generated types and the typed client', { skip }, () => {
  assert.ok(fs.existsSync(operationTypes), 'the codegen test did not produce its output');

  run(bin('tsc'), ['-p', 'tests/js/tsconfig.json']);
});
