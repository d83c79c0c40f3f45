using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Gateway.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL server started from Debian's <c>postgresql</c> binaries in a temporary folder on a
/// free loopback port: the one shared by the whole test run (stopped when the test process exits), or
/// one of a test's own that it may stop and restart (<see cref="StartOwnAsync"/>). Set
/// <c>GATEWAY_TEST_POSTGRES</c> to an admin connection string to share an existing server instead.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);

    private Cluster? cluster;

    private PostgresServer(string adminConnectionString) => AdminConnectionString = adminConnectionString;

    /// <summary>A connection string to the server's <c>postgres</c> database as a superuser.</summary>
    public string AdminConnectionString { get; }

    /// <summary>The server of this test run, started on first use.</summary>
    public static Task<PostgresServer> GetAsync() => Shared.Value;

    /// <summary>
    /// Creates an empty database (or a copy of <paramref name="template"/>) and returns its connection string.
    /// </summary>
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

        var server = await StartOwnAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return server;
    }

    /// <summary>
    /// Starts a server of its own in a new temporary cluster, for a test that stops and restarts it (the
    /// shared server must never be stopped: other tests use it at the same time). Dispose it.
    /// </summary>
    public static async Task<PostgresServer> StartOwnAsync()
    {
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
        var admin = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "postgres",
            Database = "postgres",
            Timeout = 30,
            CommandTimeout = 120,
        };
        var server = new PostgresServer(admin.ToString()) { cluster = new Cluster(bin, data, root, user, port) };
        await server.StartClusterAsync();
        return server;
    }

    /// <summary>Starts this server's cluster again after <see cref="StopClusterAsync"/>, on the same port.</summary>
    public Task StartClusterAsync()
    {
        var c = OwnCluster();
        var options = $"-p {c.Port} -k {c.Root} -c listen_addresses=127.0.0.1 -c fsync=off " +
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=400";
        return RunAsync(Path.Combine(c.Bin, "pg_ctl"),
            ["start", "-D", c.Data, "-w", "-t", "60", "-l", Path.Combine(c.Root, "server.log"), "-o", options], c.User);
    }

    /// <summary>
    /// Stops this server's cluster, cutting every open connection. Note: a fast stop, not an immediate
    /// one: the test servers run with synchronous_commit off, and an immediate stop would drop commits
    /// already acknowledged to clients, which is a property of that setting, not of the gateway.
    /// </summary>
    public Task StopClusterAsync()
    {
        var c = OwnCluster();
        return RunAsync(Path.Combine(c.Bin, "pg_ctl"), ["stop", "-D", c.Data, "-m", "fast"], c.User);
    }

    /// <summary>Stops a server this process started and deletes its cluster.</summary>
    public async ValueTask DisposeAsync()
    {
        if (cluster is null)
        {
            return;
        }

        try
        {
            await StopClusterAsync();
        }
        catch (InvalidOperationException)
        {
            // The server may already be stopped.
        }

        try
        {
            Directory.Delete(cluster.Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private Cluster OwnCluster() => cluster ?? throw new InvalidOperationException(
        "This server was not started by the test run (GATEWAY_TEST_POSTGRES), so it cannot be stopped or started.");

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

    private sealed record Cluster(string Bin, string Data, string Root, string? User, int Port);
}
