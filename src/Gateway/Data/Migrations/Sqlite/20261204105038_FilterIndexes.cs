using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FilterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_packages_category_id_repo_watchers_id",
                table: "packages",
                columns: new[] { "category_id", "repo_watchers", "id" },
                descending: new[] { false, true, false });

            // Note: an order on a nullable column puts the nulls where the client asks, the same on both
            // stores, by sorting on "CASE WHEN col IS NULL THEN 1 ELSE 0 END" first (Relay.PagePlan), so
            // ix_packages_last_updated cannot give that order. This index gives "a category's packages,
            // newest commit first" (lastUpdated: DESC, nulls last, then id) without a sort: SQLite's planner
            // starts from the category, hence category_id first (PostgreSQL's migration leaves it out).
            // Its expression must be the one EF Core emits, and the model cannot hold it, hence raw SQL.
            migrationBuilder.Sql(
                "CREATE INDEX ix_packages_category_id_recency ON packages (category_id, " +
                "(CASE WHEN last_updated IS NULL THEN 1 ELSE 0 END), last_updated DESC, id);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_packages_category_id_recency;");
            migrationBuilder.DropIndex(
                name: "ix_packages_category_id_repo_watchers_id",
                table: "packages");
        }
    }
}
