using System.Globalization;
using System.Linq.Expressions;
using Gateway.Categories;
using Gateway.Data;
using Gateway.Filtering;
using Gateway.Grids;
using Gateway.Packages;
using Gateway.Participants;
using Gateway.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Tests.Filtering;

public sealed class FilterTranslatorTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Each_operator_on_each_field_type_matches_the_reference(CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using (var seed = store.CreateContext())
        {
            await FilterTestCatalogue.WriteAsync(seed);
        }

        await using var db = store.CreateContext();
        var failures = new List<string>();
        var cases = new Dictionary<string, int>
        {
            ["Package"] = await CheckAsync(db, PackageFilters.Definition, p => p.Id, failures),
            ["Category"] = await CheckAsync(db, CategoryFilters.Definition, c => c.Id, failures),
            ["Grid"] = await CheckAsync(db, GridFilters.Definition, g => g.Id, failures),
            ["Participant"] = await CheckAsync(db, ParticipantFilters.Definition, p => p.Id, failures),
            ["Feature"] = await CheckAsync(db, FeatureFilters.Definition, f => f.Id, failures),
        };

        Assert.True(cases["Package"] > 500, $"only {cases["Package"]} package cases");
        Assert.All(cases, c => Assert.True(c.Value > 100, $"only {c.Value} cases on {c.Key}"));
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>Every operator on every scalar field of <paramref name="definition"/>; the case count.</summary>
    private static async Task<int> CheckAsync<T>(CatalogueDbContext db, FilterDefinition<T> definition,
        Expression<Func<T, int>> id, List<string> failures)
        where T : class
    {
        var rows = await db.Set<T>().ToListAsync();
        var idOf = id.Compile();
        var cases = 0;
        foreach (var field in definition.Fields.Where(f => f.Target is null))
        {
            var accessor = field.Accessor.Compile();
            var values = rows.Select(r => accessor.DynamicInvoke(r)).ToList();
            foreach (var operation in Operations(field.Kind))
            {
                foreach (var operand in Operands(field, operation, values))
                {
                    cases++;
                    var where = new Dictionary<string, object?>
                    {
                        [field.Name] = new Dictionary<string, object?> { [operation.Name] = operand },
                    };
                    var name = $"{definition.Name}.{field.Name} {operation.Name} {Show(operand)}";
                    List<int> actual;
                    try
                    {
                        var predicate = FilterTranslator.Translate(definition, where)!;
                        actual = await db.Set<T>().Where(predicate).Select(id).OrderBy(i => i).ToListAsync();
                    }
                    catch (Exception e) when (e is InvalidOperationException or InvalidCastException)
                    {
                        failures.Add($"{name}: {e.Message}");
                        continue;
                    }

                    var expected = rows
                        .Where((_, i) => FilterReference.Matches(operation, values[i], operand))
                        .Select(idOf)
                        .Order()
                        .ToList();
                    if (!actual.SequenceEqual(expected))
                    {
                        failures.Add(
                            $"{name}: expected [{string.Join(',', expected)}] got [{string.Join(',', actual)}]");
                    }
                }
            }
        }

        return cases;
    }

    private static IEnumerable<FilterOperation> Operations(FilterFieldKind kind) => kind switch
    {
        FilterFieldKind.String => FilterOperation.ForStrings,
        FilterFieldKind.Boolean => FilterOperation.ForBooleans,
        _ => FilterOperation.ForComparables,
    };

    private static IEnumerable<object?> Operands(FilterField field, FilterOperation operation, List<object?> values)
    {
        var present = values.Where(v => v is not null).Distinct().ToList();
        var samples = present.Where((_, i) => i % Math.Max(1, present.Count / 4) == 0).Take(5).ToList();
        var singles = new List<object?>();
        switch (field.Kind)
        {
            case FilterFieldKind.String:
                singles.AddRange(samples);
                foreach (var text in samples.Cast<string>().Where(s => s.Length > 2))
                {
                    singles.Add(text[..2]);
                    singles.Add(text[^2..]);
                    singles.Add(text[1..^1].ToUpperInvariant());
                }

                singles.AddRange(["%", "_", "\\", "", "ÉMILE", "émile", "σίσυφος", "CAFÉ", "Ärger", "i", "I", "İ",
                    "100%", "e_c", "[b", "*", "\"", "absent-value"]);
                break;
            case FilterFieldKind.Int:
                singles.AddRange(samples);
                singles.AddRange([0, -1, 2500, int.MaxValue]);
                break;
            case FilterFieldKind.DateTime:
                singles.AddRange(samples);
                singles.AddRange(samples.Cast<DateTime>().Select(d => (object?)d.AddSeconds(1)));
                singles.Add(new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc));
                break;
            default:
                singles.AddRange([true, false]);
                break;
        }

        if (operation.TakesList)
        {
            yield return singles.Take(3).ToList();
            yield return new List<object?> { singles[0], null };
            yield return new List<object?>();
            yield break;
        }

        if (operation.Positive == "eq" && !operation.IgnoreCase)
        {
            yield return null;
        }

        foreach (var single in singles)
        {
            yield return single;
        }
    }

    private static string Show(object? operand) => operand switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        System.Collections.IEnumerable list => "[" + string.Join(',', list.Cast<object?>().Select(Show)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => operand.ToString() ?? "",
    };
}
