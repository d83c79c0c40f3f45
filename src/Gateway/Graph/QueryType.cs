using GraphQL.Types;

namespace Gateway.Graph;

/// <summary>The <c>Query</c> root type, made of the registered <see cref="IQueryFields"/> parts.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IQueryFields> parts)
    {
        Name = "Query";
        Description = "The catalogue of Django packages: packages, categories, grids and participants.";
        foreach (var part in parts)
        {
            part.AddTo(this);
        }
    }
}
