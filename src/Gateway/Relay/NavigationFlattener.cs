using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gateway.Relay;

/// <summary>
/// Rewrites reference navigations (<c>row.Grid.Title</c>) into correlated scalar subqueries
/// (<c>(SELECT title FROM grids WHERE id = row.grid_id)</c>), and a whole navigated entity into one such
/// subquery per column.
/// </summary>
/// <remarks>
/// Note: EF Core turns a per-parent Take into ROW_NUMBER() OVER (PARTITION BY parent) only when the
/// limited subquery reads a single table; a join inside it needs APPLY/LATERAL, which SQLite lacks.
/// Scalar subqueries keep the windowed subquery on one table, so nested connections over join rows
/// (a package's grids through grid memberships) stay one statement on both stores.
/// </remarks>
internal sealed class NavigationFlattener(DbContext db) : ExpressionVisitor
{
    private static readonly MethodInfo SetMethod = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!;

    /// <summary>Expands a body that is a whole navigated entity into a member-init of its columns.</summary>
    public Expression ExpandEntity(Expression body)
    {
        var entityType = db.Model.FindEntityType(body.Type);
        if (entityType is null || body is MemberInitExpression)
        {
            return body;
        }

        var bindings = entityType.GetProperties()
            .Where(p => p.PropertyInfo is not null)
            .Select(p => Expression.Bind(p.PropertyInfo!, Expression.Property(body, p.PropertyInfo!)));
        return Expression.MemberInit(Expression.New(body.Type), bindings);
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Expression is MemberExpression { Member: PropertyInfo } navigation
            && Navigation(navigation) is { } foreignKey
            && node.Member is PropertyInfo property)
        {
            var source = Visit(navigation.Expression)!;
            var fk = Expression.Property(source, foreignKey.Properties[0].PropertyInfo!);
            var principalKey = foreignKey.PrincipalKey.Properties[0].PropertyInfo!;
            if (property == principalKey)
            {
                return fk.Type == node.Type ? fk : Expression.Convert(fk, node.Type);
            }

            return ScalarSubquery(foreignKey.PrincipalEntityType.ClrType, principalKey, fk, property);
        }

        return base.VisitMember(node);
    }

    private IForeignKey? Navigation(MemberExpression navigation)
    {
        var owner = navigation.Expression is null ? null : db.Model.FindEntityType(navigation.Expression.Type);
        var found = owner?.FindNavigation(navigation.Member.Name);
        return found is { IsCollection: false, IsOnDependent: true } ? found.ForeignKey : null;
    }

    private MethodCallExpression ScalarSubquery(Type target, PropertyInfo key, Expression fk, PropertyInfo property)
    {
        var root = ((IQueryable)SetMethod.MakeGenericMethod(target).Invoke(db, null)!).Expression;
        var item = Expression.Parameter(target, "principal");
        Expression keyValue = Expression.Property(item, key);
        var match = fk.Type == keyValue.Type
            ? Expression.Equal(keyValue, fk)
            : Expression.Equal(Expression.Convert(keyValue, fk.Type), fk);
        var where = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [target], root,
            Expression.Quote(Expression.Lambda(match, item)));
        var select = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [target, property.PropertyType],
            where, Expression.Quote(Expression.Lambda(Expression.Property(item, property), item)));
        return Expression.Call(typeof(Queryable), nameof(Queryable.First), [property.PropertyType], select);
    }
}
