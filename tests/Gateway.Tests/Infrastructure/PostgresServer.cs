using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Gateway.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL server for the whole test run, started from Debian's <c>postgresql</c> binaries in a
/// temporary folder on a free loopback port, and stopped when the test process exits. Set
/// <c>GATEWAY_TEST_POSTGRES</c> to an admin connection string to use an existing server instead.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);

    private PostgresServer(string adminConnectionString) => AdminConnectionString = adminConnectionString;

    /// <summary>A connection string to the server's <c>postgres</c> database as a superuser.</summary>
    public string AdminConnectionString { get; }

    /// <summary>The server of this test run, started on first use.</summary>
    public static Task<PostgresServer> GetAsync() => Shared.Value;

    /// <summary>Creates an empty database (or a copy of <paramref name="template"/>) and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string? template = null, string? name = null)
    {
        name ??= "test_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        var sql = template is null
            ? $"CREATE DATABASE \"{name}\""
            : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"";
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
        return DatabaseConnectionString(name);
    }

    /// <summary>The connection string of database <paramref name="name"/> on this server.</summary>
    public string DatabaseConnectionString(string name) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ToString();

    private static async Task<PostgresServer> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable("GATEWAY_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(external))
        {
            return new PostgresServer(external);
        }

        var bin = FindBinaries();
        var root = Path.Combine(Path.GetTempPath(), $"gateway-pg-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(root);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            // Note: PostgreSQL refuses to run as root, so the cluster belongs to Debian's postgres user.
            await RunAsync("chown", ["postgres:postgres", root], asUser: null);
        }

        var user = asRoot ? "postgres" : null;
        await RunAsync(Path.Combine(bin, "initdb"),
            ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], user);
        var port = FreePort();
        var options = $"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off " +
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=400";
        await RunAsync(Path.Combine(bin, "pg_ctl"),
            ["start", "-D", data, "-w", "-t", "60", "-l", Path.Combine(root, "server.log"), "-o", options], user);

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(bin, data, root, user);
        var admin = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "postgres",
            Database = "postgres",
            Timeout = 30,
            CommandTimeout = 120,
        };
        return new PostgresServer(admin.ToString());
    }

    private static string FindBinaries()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => d, StringComparer.Ordinal)
                .ToList()
            : [];
        return candidates.FirstOrDefault() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed: the PostgreSQL tests need Debian's package " +
            "(apt-get install postgresql), or GATEWAY_TEST_POSTGRES set to an admin connection string.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Stop(string bin, string data, string root, string? user)
    {
        try
        {
            RunAsync(Path.Combine(bin, "pg_ctl"), ["stop", "-D", data, "-m", "immediate"], user)
                .GetAwaiter()
                .GetResult();
            Directory.Delete(root, recursive: true);
        }
        catch (InvalidOperationException)
        {
            // The server may already be gone; nothing else to clean.
        }
        catch (IOException)
        {
        }
    }

    private static async Task RunAsync(string file, string[] arguments, string? asUser)
    {
        var start = new ProcessStartInfo
        {
            FileName = asUser is null ? file : "runuser",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asUser is not null)
        {
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add(asUser);
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(file);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}{await output}");
        }
    }
}
