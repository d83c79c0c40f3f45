using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Note: FTS5 tables with external content: the text stays in packages and grids, the index is
            // kept by triggers. unicode61 folds case but keeps diacritics, as PostgreSQL's 'simple'
            // configuration does, so that both stores match the same words.
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE package_search USING fts5(title, slug, repo_description, " +
                "content='packages', content_rowid='id', tokenize='unicode61 remove_diacritics 0');");
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE grid_search USING fts5(title, slug, description, " +
                "content='grids', content_rowid='id', tokenize='unicode61 remove_diacritics 0');");
            CreateTriggers(migrationBuilder, "packages", "package_search", "repo_description");
            CreateTriggers(migrationBuilder, "grids", "grid_search", "description");
            migrationBuilder.Sql("INSERT INTO package_search(package_search) VALUES ('rebuild');");
            migrationBuilder.Sql("INSERT INTO grid_search(grid_search) VALUES ('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "packages", "grids" })
            {
                foreach (var suffix in new[] { "ai", "ad", "au" })
                {
                    migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_search_{suffix};");
                }
            }

            migrationBuilder.Sql("DROP TABLE IF EXISTS package_search;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS grid_search;");
        }

        private static void CreateTriggers(MigrationBuilder migrationBuilder, string table, string index, string text)
        {
            var columns = $"title, slug, {text}";
            var added = $"new.title, new.slug, new.{text}";
            var removed = $"'delete', old.id, old.title, old.slug, old.{text}";
            migrationBuilder.Sql(
                $"CREATE TRIGGER {table}_search_ai AFTER INSERT ON {table} BEGIN " +
                $"INSERT INTO {index}(rowid, {columns}) VALUES (new.id, {added}); END;");
            migrationBuilder.Sql(
                $"CREATE TRIGGER {table}_search_ad AFTER DELETE ON {table} BEGIN " +
                $"INSERT INTO {index}({index}, rowid, {columns}) VALUES ({removed}); END;");
            migrationBuilder.Sql(
                $"CREATE TRIGGER {table}_search_au AFTER UPDATE OF id, {columns} ON {table} BEGIN " +
                $"INSERT INTO {index}({index}, rowid, {columns}) VALUES ({removed}); " +
                $"INSERT INTO {index}(rowid, {columns}) VALUES (new.id, {added}); END;");
        }
    }
}
