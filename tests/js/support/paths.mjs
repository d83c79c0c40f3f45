// Where things are, relative to the repository root, so that tests run from any working directory.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const schemaPath = path.join(repositoryRoot, 'schema', 'schema.graphql');
export const operationsDirectory = path.join(repositoryRoot, 'tests', 'js', 'operations');
export const artifactsDirectory = path.join(repositoryRoot, 'artifacts', 'js');
export const gatewayDll = path.join(repositoryRoot, 'src', 'Gateway', 'bin', 'Release', 'net10.0', 'Gateway.dll');

/** The committed schema is the switch for every test of the graph: until it exists there is no graph. */
export const schemaExists = fs.existsSync(schemaPath);
export const noSchemaReason = 'schema/schema.graphql is not there yet (the graph has not landed)';

/** The operations the codegen, client and browser tests share, by name. */
export function readOperation(name) {
  return fs.readFileSync(path.join(operationsDirectory, `${name}.graphql`), 'utf8');
}

export function artifactPath(...parts) {
  const file = path.join(artifactsDirectory, ...parts);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return file;
}
