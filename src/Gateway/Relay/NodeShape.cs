using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL;

namespace Gateway.Relay;

/// <summary>
/// Narrows the columns read for a connection's nodes to those its selected fields need: a page of
/// package slugs should not read every repository description and 52 weeks of commits.
/// </summary>
public static class NodeShape
{
    /// <summary>Shapes kept per node type and field set; past this many, shapes are made and not kept.</summary>
    private const int MaxShapes = 2048;

    private static readonly ConcurrentDictionary<Type, Dictionary<string, PropertyInfo>> Columns = new();

    private static readonly ConcurrentDictionary<(Type Node, object FieldColumns, string Fields), LambdaExpression?>
        Shapes = new();

    /// <summary>
    /// The projection for the nodes of a connection field; null to read every column.
    /// <paramref name="fieldColumns"/> names the properties of fields not named like a property
    /// (<c>databaseId</c> reads <c>Id</c>, <c>category</c> reads <c>CategoryId</c>).
    /// </summary>
    public static Expression<Func<T, T>>? ForConnection<T>(IResolveFieldContext context,
        IReadOnlyDictionary<string, string[]> fieldColumns)
        where T : new() =>
        For<T>(SelectedFields.OnConnectionNodes(context), fieldColumns);

    /// <summary>
    /// A projection reading what <paramref name="fields"/> need; null when a field is unknown. The same field
    /// set gives the same instance, made once (hand-written SQL keeps its statements per shape).
    /// </summary>
    public static Expression<Func<T, T>>? For<T>(IReadOnlySet<string> fields,
        IReadOnlyDictionary<string, string[]> fieldColumns)
        where T : new()
    {
        var key = (typeof(T), (object)fieldColumns, string.Join(',', fields.Order(StringComparer.Ordinal)));
        if (Shapes.TryGetValue(key, out var known))
        {
            return (Expression<Func<T, T>>?)known;
        }

        var shape = Make<T>(fields, fieldColumns);
        return Shapes.Count < MaxShapes ? (Expression<Func<T, T>>?)Shapes.GetOrAdd(key, shape) : shape;
    }

    private static Expression<Func<T, T>>? Make<T>(IReadOnlySet<string> fields,
        IReadOnlyDictionary<string, string[]> fieldColumns)
        where T : new()
    {
        var columns = Columns.GetOrAdd(typeof(T), type => type
            .GetProperties()
            .Where(p => p.CanWrite && (p.PropertyType.IsValueType || p.PropertyType == typeof(string)
                || p.PropertyType == typeof(List<int>)))
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase));
        var wanted = new HashSet<PropertyInfo> { columns["Id"] };
        foreach (var field in fields)
        {
            if (field == "__typename")
            {
                continue;
            }

            if (fieldColumns.TryGetValue(field, out var names))
            {
                wanted.UnionWith(names.Select(n => columns[n]));
            }
            else if (columns.TryGetValue(field, out var property))
            {
                wanted.Add(property);
            }
            else
            {
                // A field this map does not know (added later, or by another feature): read everything.
                return null;
            }
        }

        var node = Expression.Parameter(typeof(T), "node");
        var body = Expression.MemberInit(Expression.New(typeof(T)),
            wanted.OrderBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => Expression.Bind(p, Expression.Property(node, p))));
        return Expression.Lambda<Func<T, T>>(body, node);
    }
}
