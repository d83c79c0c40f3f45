using System.Collections.Concurrent;
using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gateway.DataLoading.Sql;

/// <summary>
/// Compiled readers that turn the columns of a hand-written statement into entities and values, with the
/// EF Core model's own type mappings and value converters: a timestamp, a list of weekly commits or a
/// flag comes out exactly as EF Core's materializer makes it on the same store.
/// </summary>
/// <remarks>
/// Note: written by hand. Dapper (served here) maps columns to properties by name but would need a type
/// handler of its own for each conversion the model already declares (UTC timestamps stored as text on
/// SQLite, weekly commits as JSON text there and <c>integer[]</c> on PostgreSQL); reading through the
/// model's converters keeps one definition of each. A reader is compiled once per model and column list
/// and reused by every request.
/// </remarks>
internal static class RowReaders
{
    private static readonly ConcurrentDictionary<(IModel Model, string Key), Delegate> Cache = new();

    private static readonly System.Reflection.MethodInfo IsDbNull =
        typeof(DbDataReader).GetMethod(nameof(DbDataReader.IsDBNull), [typeof(int)])!;

    private static readonly System.Reflection.MethodInfo GetFieldValue =
        typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetFieldValue), [typeof(int)])!;

    /// <summary>
    /// A reader making a <typeparamref name="T"/> with <paramref name="properties"/> set from the columns
    /// starting at <paramref name="first"/>, in that order; the entity's other properties keep their defaults.
    /// </summary>
    public static Func<DbDataReader, T> Entity<T>(IModel model, IReadOnlyList<IProperty> properties, int first)
    {
        var key = $"entity:{typeof(T).FullName}:{first}:{string.Join(',', properties.Select(p => p.Name))}";
        return (Func<DbDataReader, T>)Cache.GetOrAdd((model, key), _ =>
        {
            var reader = Expression.Parameter(typeof(DbDataReader), "reader");
            var bindings = properties.Select((p, i) =>
                (MemberBinding)Expression.Bind(p.PropertyInfo!, Read(reader, p, first + i)));
            var body = Expression.MemberInit(Expression.New(typeof(T)), bindings);
            return Expression.Lambda<Func<DbDataReader, T>>(body, reader).Compile();
        });
    }

    /// <summary>
    /// A reader of the values of <paramref name="properties"/> from the columns starting at
    /// <paramref name="first"/>, boxed in an array (the sort values a cursor is made of).
    /// </summary>
    public static Func<DbDataReader, object?[]> Values(IModel model, IReadOnlyList<IProperty> properties, int first)
    {
        var key = $"values:{first}:{string.Join(',', properties.Select(p => p.DeclaringType.Name + "." + p.Name))}";
        return (Func<DbDataReader, object?[]>)Cache.GetOrAdd((model, key), _ =>
        {
            var reader = Expression.Parameter(typeof(DbDataReader), "reader");
            var body = Expression.NewArrayInit(typeof(object),
                properties.Select((p, i) => Expression.Convert(Read(reader, p, first + i), typeof(object))));
            return Expression.Lambda<Func<DbDataReader, object?[]>>(body, reader).Compile();
        });
    }

    /// <summary>Whether a reader can read <paramref name="property"/> (a column with a relational mapping).</summary>
    public static bool CanRead(IProperty property) =>
        property.PropertyInfo is not null && property.FindTypeMapping() is RelationalTypeMapping;

    /// <summary><c>reader.IsDBNull(i) ? default : convert(reader.GetFieldValue&lt;TProvider&gt;(i))</c>.</summary>
    private static ConditionalExpression Read(ParameterExpression reader, IProperty property, int ordinal)
    {
        var mapping = (RelationalTypeMapping)property.GetTypeMapping();
        var converter = mapping.Converter;
        var providerType = converter?.ProviderClrType ?? property.ClrType;
        providerType = Nullable.GetUnderlyingType(providerType) ?? providerType;
        var index = Expression.Constant(ordinal);
        Expression value = Expression.Call(reader, GetFieldValue.MakeGenericMethod(providerType), index);
        if (converter is not null)
        {
            var fromProvider = converter.ConvertFromProviderExpression;
            var argument = fromProvider.Parameters[0];
            value = Relay.ExpressionComposer.Inline(fromProvider,
                value.Type == argument.Type ? value : Expression.Convert(value, argument.Type));
        }

        if (value.Type != property.ClrType)
        {
            value = Expression.Convert(value, property.ClrType);
        }

        return Expression.Condition(Expression.Call(reader, IsDbNull, index),
            Expression.Default(property.ClrType), value);
    }
}
