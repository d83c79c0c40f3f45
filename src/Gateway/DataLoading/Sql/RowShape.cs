using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gateway.DataLoading.Sql;

/// <summary>
/// A value a statement reads: a column of the row's table (alias <c>r</c>) or of the node's (<c>j</c>).
/// </summary>
internal sealed record SqlColumn(IProperty Property, bool OnNode)
{
    public const string RowAlias = "r";
    public const string NodeAlias = "j";

    /// <summary>The column as <c>alias."name"</c>.</summary>
    public string Sql => (OnNode ? NodeAlias : RowAlias) + "." + RowShape.Quote(Property.GetColumnName());
}

/// <summary>
/// The tables behind a connection's rows and nodes, read from the EF Core model: the row's table, and the
/// node's when the row holds the node through a reference navigation (a grid membership holds its grid).
/// Resolves the lambdas the paging engine works with (sort keys, the parent's key, a node's shape) to
/// columns; anything else (a computed value, a navigation two steps away) is not resolved, and the caller
/// keeps the LINQ path for it.
/// </summary>
internal sealed class RowShape
{
    private static readonly Type[] ParameterTypes =
        [typeof(int), typeof(long), typeof(string), typeof(bool), typeof(double), typeof(decimal), typeof(DateTime)];

    private RowShape(IEntityType row, IEntityType node, IForeignKey? navigation, string? navigationName)
    {
        Row = row;
        Node = node;
        Navigation = navigation;
        NavigationName = navigationName;
    }

    /// <summary>The entity type of the rows paged over.</summary>
    public IEntityType Row { get; }

    /// <summary>The entity type of the nodes: <see cref="Row"/> itself, or the navigation's target.</summary>
    public IEntityType Node { get; }

    /// <summary>The foreign key from the row to its node; null when the row is the node.</summary>
    public IForeignKey? Navigation { get; }

    private string? NavigationName { get; }

    /// <summary>The shape of rows of <paramref name="rowType"/> holding a node by <paramref name="node"/>.</summary>
    public static RowShape? For(IModel model, Type rowType, LambdaExpression node)
    {
        var row = model.FindEntityType(rowType);
        if (row is null)
        {
            return null;
        }

        if (node.Body == node.Parameters[0])
        {
            return new RowShape(row, row, null, null);
        }

        if (node.Body is MemberExpression { Member: PropertyInfo member } access
            && access.Expression == node.Parameters[0]
            && row.FindNavigation(member.Name) is { IsCollection: false, IsOnDependent: true } navigation
            && navigation.ForeignKey.Properties.Count == 1)
        {
            return new RowShape(row, navigation.TargetEntityType, navigation.ForeignKey, member.Name);
        }

        return null;
    }

    /// <summary>Quotes an identifier the way both stores read it.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    /// <summary>The quoted table of <paramref name="type"/>.</summary>
    public static string Table(IEntityType type) => Quote(type.GetTableName()!);

    /// <summary>Whether a value of <paramref name="type"/> can be sent as a parameter as it is.</summary>
    public static bool IsParameterType(Type type) =>
        ParameterTypes.Contains(Nullable.GetUnderlyingType(type) ?? type);

    /// <summary>
    /// The column <paramref name="lambda"/> reads: <c>row =&gt; row.Column</c>, or
    /// <c>row =&gt; row.Node.Column</c> through this shape's navigation; null for anything else.
    /// </summary>
    public SqlColumn? Resolve(LambdaExpression lambda)
    {
        if (lambda.Body is not MemberExpression { Member: PropertyInfo member } access)
        {
            return null;
        }

        var parameter = lambda.Parameters[0];
        SqlColumn? column = null;
        if (access.Expression == parameter)
        {
            column = Row.FindProperty(member.Name) is { } property ? new SqlColumn(property, OnNode: false) : null;
        }
        else if (NavigationName is not null
                 && access.Expression is MemberExpression { Member: PropertyInfo navigation } through
                 && through.Expression == parameter && navigation.Name == NavigationName)
        {
            column = Node.FindProperty(member.Name) is { } property ? new SqlColumn(property, OnNode: true) : null;
        }

        return column is not null && column.Property.ClrType == lambda.ReturnType && RowReaders.CanRead(column.Property)
            ? column
            : null;
    }

    /// <summary>
    /// The node's columns that <paramref name="shape"/> (<c>node =&gt; new T { A = node.A, ... }</c>) sets, or
    /// every column when it is null; null when the shape sets anything but plain columns.
    /// </summary>
    public IReadOnlyList<IProperty>? NodeColumns(LambdaExpression? shape)
    {
        if (shape is null)
        {
            var all = Node.GetProperties().Where(p => p.PropertyInfo is not null).ToList();
            return all.All(RowReaders.CanRead) ? all : null;
        }

        if (shape.Body is not MemberInitExpression init)
        {
            return null;
        }

        var columns = new List<IProperty>(init.Bindings.Count);
        foreach (var binding in init.Bindings)
        {
            if (binding is not MemberAssignment { Expression: MemberExpression value } assignment
                || value.Expression != shape.Parameters[0] || value.Member != assignment.Member
                || Node.FindProperty(assignment.Member.Name) is not { } property || !RowReaders.CanRead(property))
            {
                return null;
            }

            columns.Add(property);
        }

        return columns;
    }
}
