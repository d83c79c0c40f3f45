using System.Collections.Concurrent;

namespace Gateway.DataLoading.Sql;

/// <summary>
/// Hand-written statements, or their texts, made once per key (what the text is made of: model, loader,
/// shape, order, direction; or a page size) and kept. Bounded: past <see cref="MaxStatements"/>, values are
/// made and not kept. A page with a cursor has the cursor's conditions in its text, so its statement is
/// made for its request alone and not looked up here.
/// </summary>
internal sealed class StatementCache<TKey, TStatement>
    where TKey : notnull
    where TStatement : class
{
    /// <summary>Values kept; shapes are field sets of the documents clients send, a few dozen in practice.</summary>
    private const int MaxStatements = 2048;

    private readonly ConcurrentDictionary<TKey, TStatement?> statements = new();

    /// <summary>The statement of <paramref name="key"/>, made by <paramref name="make"/> the first time.</summary>
    public TStatement? GetOrMake<TState>(TKey key, TState state, Func<TState, TStatement?> make)
    {
        if (statements.TryGetValue(key, out var statement))
        {
            return statement;
        }

        statement = make(state);
        return statements.Count < MaxStatements ? statements.GetOrAdd(key, statement) : statement;
    }
}
