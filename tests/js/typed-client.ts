// Type-checked, never run: proves that codegen's types fit a real client's typed request API, so a
// front end can use them as they are. The runnable twin of these calls is client.test.mjs.
import { GraphQLClient } from 'graphql-request';
import type {
  GridComparisonQuery,
  GridComparisonQueryVariables,
  PackageListQuery,
  PackageListQueryVariables,
  PackagePageQuery,
  PackagePageQueryVariables,
} from '../../artifacts/js/codegen/operations.ts';

export async function packagePage(client: GraphQLClient, document: string, slug: string) {
  const data = await client.request<PackagePageQuery, PackagePageQueryVariables>(document, { slug });
  const logins: string[] = data.package?.participants.edges.map((edge) => edge.node.login) ?? [];
  const weeks: number[] = data.package?.commitsOver52 ?? [];
  return { title: data.package?.title, logins, weeks };
}

export async function gridComparison(client: GraphQLClient, document: string, slug: string) {
  const data = await client.request<GridComparisonQuery, GridComparisonQueryVariables>(
    document, { slug, first: 10 });
  const cells = data.grid?.features.nodes.flatMap((feature) => feature.elements) ?? [];
  return cells.map((cell): [string, string] => [cell.package.slug, cell.text]);
}

export async function packageList(client: GraphQLClient, document: string, after: string | null) {
  const data = await client.request<PackageListQuery, PackageListQueryVariables>(
    document, { first: 20, after });
  const next: string | null | undefined = data.packages.pageInfo.endCursor;
  return { total: data.packages.totalCount, next };
}
