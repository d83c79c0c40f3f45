using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Note: words are cut at every character that is not a letter or digit before to_tsvector
            // sees them, so that PostgreSQL's parser (which keeps host names, paths and hyphenated words
            // whole) splits text as SQLite's unicode61 tokenizer does, and final sigma is folded to sigma
            // as unicode61 does. Weights mark the column: A title, B slug, C description; the search asks
            // for a weight to test one column.
            migrationBuilder.Sql(
                "CREATE FUNCTION gateway_search_words(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE " +
                "AS $$ SELECT regexp_replace(translate(lower($1), 'ς', 'σ'), '[^[:alnum:]]+', ' ', 'g') $$;");
            AddVector(migrationBuilder, "packages", "repo_description");
            AddVector(migrationBuilder, "grids", "description");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_packages_search_vector;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_grids_search_vector;");
            migrationBuilder.Sql("ALTER TABLE packages DROP COLUMN IF EXISTS search_vector;");
            migrationBuilder.Sql("ALTER TABLE grids DROP COLUMN IF EXISTS search_vector;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS gateway_search_words(text);");
        }

        private static void AddVector(MigrationBuilder migrationBuilder, string table, string text)
        {
            migrationBuilder.Sql(
                $"ALTER TABLE {table} ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (" +
                "setweight(to_tsvector('simple'::regconfig, gateway_search_words(title)), 'A') || " +
                "setweight(to_tsvector('simple'::regconfig, gateway_search_words(slug)), 'B') || " +
                $"setweight(to_tsvector('simple'::regconfig, gateway_search_words({text})), 'C')) STORED;");
            migrationBuilder.Sql($"CREATE INDEX ix_{table}_search_vector ON {table} USING GIN (search_vector);");
        }
    }
}
