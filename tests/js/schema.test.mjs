// The committed schema is what front ends and their codegen read: graphql-js must build and
// validate it, and every operation the tests share must be valid against it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate, validateSchema } from 'graphql';
import { noSchemaReason, operationFiles, schemaExists, schemaPath } from './support/paths.mjs';

const skip = !schemaExists && noSchemaReason;

function loadSchema() {
  return buildSchema(fs.readFileSync(schemaPath, 'utf8'));
}

test('schema/schema.graphql builds and validates with graphql-js', { skip }, () => {
  const schema = loadSchema();

  const errors = validateSchema(schema);

  assert.deepEqual(errors.map((error) => error.message), []);
  console.log(`schema/schema.graphql: ${fs.statSync(schemaPath).size} bytes, ` +
    `${Object.keys(schema.getTypeMap()).filter((name) => !name.startsWith('__')).length} types`);
});

test('the public names of the graph are in the schema', { skip }, () => {
  const query = loadSchema().getQueryType().getFields();

  for (const field of ['node', 'nodes', 'package', 'grid', 'category', 'participant', 'packages',
    'categories', 'grids', 'participants']) {
    assert.ok(query[field], `Query.${field} is missing`);
  }
});

test('every shared operation is valid against the schema', { skip }, () => {
  const schema = loadSchema();
  const files = operationFiles();

  assert.ok(files.length >= 3, 'expected at least three shared operations');
  for (const file of files) {
    const document = parse(fs.readFileSync(file, 'utf8'));
    const errors = validate(schema, document).map((error) => error.message);
    assert.deepEqual(errors, [], `${path.basename(file)} does not validate`);
  }
});
