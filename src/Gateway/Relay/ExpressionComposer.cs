using System.Linq.Expressions;

namespace Gateway.Relay;

/// <summary>Composes lambdas by inlining one into another, so that EF Core sees a single expression.</summary>
public static class ExpressionComposer
{
    /// <summary><c>row =&gt; body(inner(row))</c>, with <paramref name="inner"/> inlined.</summary>
    public static LambdaExpression Compose(LambdaExpression body, LambdaExpression inner)
    {
        var replaced = Inline(body, inner.Body);
        return Expression.Lambda(replaced, inner.Parameters);
    }

    /// <summary>The body of <paramref name="lambda"/> with <paramref name="argument"/> for its parameter.</summary>
    public static Expression Inline(LambdaExpression lambda, Expression argument) =>
        new Replacer(lambda.Parameters[0], argument).Visit(lambda.Body);

    /// <summary>A predicate on nodes rebased onto rows that hold a node.</summary>
    public static Expression<Func<TRow, bool>> Rebase<TRow, TNode>(
        Expression<Func<TNode, bool>> predicate, Expression<Func<TRow, TNode>> node) =>
        (Expression<Func<TRow, bool>>)Compose(predicate, node);

    private sealed class Replacer(ParameterExpression parameter, Expression argument) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == parameter ? argument : base.VisitParameter(node);
    }
}
