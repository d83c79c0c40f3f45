// graphql-codegen over the committed schema and the shared operations (see support/paths.mjs for
// which); the codegen test type-checks its output.
import path from 'node:path';
import { artifactsDirectory, operationFiles, schemaPath } from './support/paths.mjs';

export default {
  overwrite: true,
  silent: true,
  schema: schemaPath,
  documents: operationFiles(),
  generates: {
    [path.join(artifactsDirectory, 'codegen', 'graphql.ts')]: {
      plugins: ['typescript', 'typescript-operations'],
      config: {
        scalars: { DateTime: 'string' },
        defaultScalarType: 'unknown',
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};
