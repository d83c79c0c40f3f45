using System.Linq.Expressions;

namespace Gateway.DataLoading;

/// <summary>Puts a value into an expression tree the way a C# closure would.</summary>
/// <remarks>
/// Note: EF Core sends a captured variable as a SQL parameter but inlines a bare constant into the SQL
/// text, which would make every key set or cursor a new query plan; so values go in as closures.
/// </remarks>
public static class QueryParameter
{
    /// <summary>An expression reading <paramref name="value"/> as typed <paramref name="type"/>.</summary>
    public static Expression Of(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), nameof(Holder<object>.Value));
    }

    /// <summary>An expression reading <paramref name="value"/>.</summary>
    public static Expression Of<T>(T value) => Expression.Property(
        Expression.Constant(new Holder<T>(value)), nameof(Holder<T>.Value));

    private sealed class Holder<T>(T value)
    {
        public T Value { get; } = value;
    }
}
