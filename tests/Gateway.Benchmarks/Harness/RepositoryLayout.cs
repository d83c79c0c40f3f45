using System.Diagnostics;

namespace Gateway.Benchmarks.Harness;

/// <summary>Where the repository, the gateway's build output and the benchmarks document are.</summary>
internal sealed record RepositoryLayout(string Root, string Configuration)
{
    /// <summary>
    /// The gateway as it is deployed: the output of <c>dotnet publish</c>, compiled ahead of time
    /// (ReadyToRun), as the Dockerfile and <c>./serve.sh</c> run it; the project fixes this folder.
    /// </summary>
    public string GatewayDll =>
        Path.Combine(Root, "src", "Gateway", "bin", Configuration, "net10.0", "publish", "Gateway.dll");

    public string GatewayProject => Path.Combine(Root, "src", "Gateway", "Gateway.csproj");

    public string BenchmarksDocument => Path.Combine(Root, "docs", "benchmarks.md");

    /// <summary>The repository holding this build: the first folder upwards with Gateway.sln.</summary>
    public static RepositoryLayout Locate()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Gateway.sln")))
        {
            folder = folder.Parent;
        }

        if (folder is null)
        {
            throw new InvalidOperationException($"No Gateway.sln above {AppContext.BaseDirectory}.");
        }

#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        return new RepositoryLayout(folder.FullName, configuration);
    }

    /// <summary>The commit the numbers belong to, with "+dirty" when the tree has changes.</summary>
    public string Commit()
    {
        try
        {
            var head = Git("rev-parse --short HEAD");
            return Git("status --porcelain --untracked-files=no").Length > 0 ? head + "+dirty" : head;
        }
        catch (InvalidOperationException)
        {
            return "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }

    private string Git(string arguments)
    {
        var info = new ProcessStartInfo("git", arguments)
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("git did not start.");
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException(output);
    }
}
