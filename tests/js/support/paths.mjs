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

const schemaText = schemaExists ? fs.readFileSync(schemaPath, 'utf8') : '';
const mutationsDirectory = path.join(operationsDirectory, 'mutations');

/** Mutations arrive after the queries; their operations are checked once the schema has them. */
export const schemaHasMutations = /^type Mutation\b/m.test(schemaText) && /\bupdatePackage\(/.test(schemaText);
export const noMutationsReason = 'the schema has no Mutation.updatePackage yet (the mutations have not landed)';

/** The operation files the schema, codegen and client tests share: queries, and mutations when there. */
export function operationFiles() {
  const directories = schemaHasMutations ? [operationsDirectory, mutationsDirectory] : [operationsDirectory];
  return directories.flatMap((directory) => fs.readdirSync(directory)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => path.join(directory, file)));
}

/** One shared operation's text, by name. */
export function readOperation(name) {
  const file = operationFiles().find((candidate) => path.basename(candidate) === `${name}.graphql`);
  if (!file) {
    throw new Error(`no operation ${name}.graphql in ${operationsDirectory}`);
  }

  return fs.readFileSync(file, 'utf8');
}

export function artifactPath(...parts) {
  const file = path.join(artifactsDirectory, ...parts);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return file;
}
