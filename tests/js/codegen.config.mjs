// graphql-codegen over the committed schema and the shared operations (see support/paths.mjs for
// which); the codegen test type-checks its output.
import path from 'node:path';
import { artifactsDirectory, operationFiles, schemaPath } from './support/paths.mjs';

const codegenDirectory = path.join(artifactsDirectory, 'codegen');
const scalars = { scalars: { DateTime: 'string' }, defaultScalarType: 'unknown', useTypeImports: true };

export default {
  overwrite: true,
  silent: true,
  schema: schemaPath,
  documents: operationFiles(),
  // Note: typescript-operations emits the input and enum types its operations use on its own, so
  // beside the typescript plugin's schema-wide types it gets a file of its own (one file would
  // declare them twice).
  generates: {
    [path.join(codegenDirectory, 'schema.ts')]: {
      plugins: ['typescript'],
      config: { ...scalars, enumsAsTypes: true },
    },
    [path.join(codegenDirectory, 'operations.ts')]: {
      plugins: ['typescript-operations'],
      config: { ...scalars, enumsAsTypes: true },
    },
  },
};
