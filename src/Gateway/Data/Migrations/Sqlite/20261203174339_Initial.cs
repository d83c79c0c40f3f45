using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "api_tokens",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    revoked = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_tokens", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "categories",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    title = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    slug = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: false),
                    title_plural = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    show_pypi = table.Column<bool>(type: "INTEGER", nullable: false),
                    created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    modified = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    modified_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_categories", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "grids",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: false),
                    is_locked = table.Column<bool>(type: "INTEGER", nullable: false),
                    header = table.Column<bool>(type: "INTEGER", nullable: false),
                    created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    modified = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    modified_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grids", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "participants",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    login = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_participants", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "packages",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    category_id = table.Column<int>(type: "INTEGER", nullable: false),
                    repo_url = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    repo_description = table.Column<string>(type: "TEXT", nullable: false),
                    repo_watchers = table.Column<int>(type: "INTEGER", nullable: false),
                    repo_forks = table.Column<int>(type: "INTEGER", nullable: false),
                    pypi_url = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    pypi_version = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    documentation_url = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    last_updated = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_fetched = table.Column<DateTime>(type: "TEXT", nullable: true),
                    commits_over_52 = table.Column<string>(type: "TEXT", nullable: false),
                    pypi_downloads = table.Column<int>(type: "INTEGER", nullable: false),
                    pypi_license = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    pypi_requires_python = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    supports_python3 = table.Column<bool>(type: "INTEGER", nullable: true),
                    commit_count = table.Column<int>(type: "INTEGER", nullable: false),
                    score = table.Column<int>(type: "INTEGER", nullable: false),
                    date_deprecated = table.Column<DateTime>(type: "TEXT", nullable: true),
                    deprecated_by_id = table.Column<int>(type: "INTEGER", nullable: true),
                    created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    modified = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    modified_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_packages", x => x.id);
                    table.ForeignKey(
                        name: "fk_packages_categories_category_id",
                        column: x => x.category_id,
                        principalTable: "categories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_packages_packages_deprecated_by_id",
                        column: x => x.deprecated_by_id,
                        principalTable: "packages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "features",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    grid_id = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: false),
                    created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    modified = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_features", x => x.id);
                    table.ForeignKey(
                        name: "fk_features_grids_grid_id",
                        column: x => x.grid_id,
                        principalTable: "grids",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grid_packages",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    grid_id = table.Column<int>(type: "INTEGER", nullable: false),
                    package_id = table.Column<int>(type: "INTEGER", nullable: false),
                    created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    modified = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grid_packages", x => x.id);
                    table.ForeignKey(
                        name: "fk_grid_packages_grids_grid_id",
                        column: x => x.grid_id,
                        principalTable: "grids",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_grid_packages_packages_package_id",
                        column: x => x.package_id,
                        principalTable: "packages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "package_participants",
                columns: table => new
                {
                    package_id = table.Column<int>(type: "INTEGER", nullable: false),
                    participant_id = table.Column<int>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_package_participants", x => new { x.package_id, x.participant_id });
                    table.ForeignKey(
                        name: "fk_package_participants_packages_package_id",
                        column: x => x.package_id,
                        principalTable: "packages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_package_participants_participants_participant_id",
                        column: x => x.participant_id,
                        principalTable: "participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "elements",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    feature_id = table.Column<int>(type: "INTEGER", nullable: false),
                    package_id = table.Column<int>(type: "INTEGER", nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    modified = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_elements", x => x.id);
                    table.ForeignKey(
                        name: "fk_elements_features_feature_id",
                        column: x => x.feature_id,
                        principalTable: "features",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_elements_packages_package_id",
                        column: x => x.package_id,
                        principalTable: "packages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_api_tokens_hash",
                table: "api_tokens",
                column: "hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_categories_slug",
                table: "categories",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_categories_title",
                table: "categories",
                column: "title");

            migrationBuilder.CreateIndex(
                name: "ix_elements_feature_id_package_id",
                table: "elements",
                columns: new[] { "feature_id", "package_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_elements_package_id",
                table: "elements",
                column: "package_id");

            migrationBuilder.CreateIndex(
                name: "ix_features_grid_id_id",
                table: "features",
                columns: new[] { "grid_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_grid_packages_grid_id_package_id",
                table: "grid_packages",
                columns: new[] { "grid_id", "package_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_grid_packages_package_id_grid_id",
                table: "grid_packages",
                columns: new[] { "package_id", "grid_id" });

            migrationBuilder.CreateIndex(
                name: "ix_grids_created",
                table: "grids",
                column: "created");

            migrationBuilder.CreateIndex(
                name: "ix_grids_modified",
                table: "grids",
                column: "modified");

            migrationBuilder.CreateIndex(
                name: "ix_grids_slug",
                table: "grids",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_grids_title",
                table: "grids",
                column: "title");

            migrationBuilder.CreateIndex(
                name: "ix_package_participants_package_id_position",
                table: "package_participants",
                columns: new[] { "package_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_package_participants_participant_id_package_id",
                table: "package_participants",
                columns: new[] { "participant_id", "package_id" });

            migrationBuilder.CreateIndex(
                name: "ix_packages_category_id",
                table: "packages",
                column: "category_id");

            migrationBuilder.CreateIndex(
                name: "ix_packages_created",
                table: "packages",
                column: "created");

            migrationBuilder.CreateIndex(
                name: "ix_packages_deprecated_by_id",
                table: "packages",
                column: "deprecated_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_packages_last_updated",
                table: "packages",
                column: "last_updated");

            migrationBuilder.CreateIndex(
                name: "ix_packages_modified",
                table: "packages",
                column: "modified");

            migrationBuilder.CreateIndex(
                name: "ix_packages_pypi_downloads",
                table: "packages",
                column: "pypi_downloads");

            migrationBuilder.CreateIndex(
                name: "ix_packages_repo_forks",
                table: "packages",
                column: "repo_forks");

            migrationBuilder.CreateIndex(
                name: "ix_packages_repo_url",
                table: "packages",
                column: "repo_url",
                unique: true,
                filter: "repo_url <> ''");

            migrationBuilder.CreateIndex(
                name: "ix_packages_repo_watchers",
                table: "packages",
                column: "repo_watchers");

            migrationBuilder.CreateIndex(
                name: "ix_packages_score",
                table: "packages",
                column: "score");

            migrationBuilder.CreateIndex(
                name: "ix_packages_slug",
                table: "packages",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_packages_title",
                table: "packages",
                column: "title");

            migrationBuilder.CreateIndex(
                name: "ix_participants_login",
                table: "participants",
                column: "login",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_tokens");

            migrationBuilder.DropTable(
                name: "elements");

            migrationBuilder.DropTable(
                name: "grid_packages");

            migrationBuilder.DropTable(
                name: "package_participants");

            migrationBuilder.DropTable(
                name: "features");

            migrationBuilder.DropTable(
                name: "packages");

            migrationBuilder.DropTable(
                name: "participants");

            migrationBuilder.DropTable(
                name: "grids");

            migrationBuilder.DropTable(
                name: "categories");
        }
    }
}
