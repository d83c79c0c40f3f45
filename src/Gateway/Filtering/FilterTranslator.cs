using System.Collections;
using System.Linq.Expressions;
using System.Reflection;

namespace Gateway.Filtering;

/// <summary>
/// Turns a parsed <c>where</c> argument (the dictionary GraphQL.NET gives for an input object) into an
/// <see cref="Expression{TDelegate}"/> that EF Core translates to SQL. Values become SQL parameters.
/// </summary>
/// <remarks>
/// Hand-written because GraphQL.NET has no filtering layer (HotChocolate.Data is not served here).
/// Note: every operator maps onto a LINQ form that both providers translate; anything EF Core cannot
/// translate throws at query time rather than running in memory, because the contexts do not allow
/// client evaluation of filters. Null values follow C# semantics: a null field matches <c>neq</c>,
/// <c>nin</c> and every negated test, and never a positive one.
/// </remarks>
public static class FilterTranslator
{
    public const string And = "and";
    public const string Or = "or";
    public const string Not = "not";
    public const string Some = "some";
    public const string All = "all";
    public const string None = "none";
    public const string Any = "any";

    /// <summary>The most operators, combinators and quantifiers one filter may hold.</summary>
    public const int MaxOperatorNodes = 100;

    /// <summary>The most values one <c>in</c> or <c>nin</c> list may hold.</summary>
    public const int MaxInValues = 1000;

    private static readonly HashSet<string> OperatorNames = [.. FilterOperation.ForStrings
        .Concat(FilterOperation.ForComparables)
        .Select(o => o.Name)
        .Concat([And, Or, Not, Some, All, None, Any])];

    private static readonly MethodInfo FoldMethod = typeof(TextFolding).GetMethod(nameof(TextFolding.Fold))!;
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo Substring1 = typeof(string).GetMethod(nameof(string.Substring), [typeof(int)])!;
    private static readonly MethodInfo Substring2 =
        typeof(string).GetMethod(nameof(string.Substring), [typeof(int), typeof(int)])!;

    /// <summary>The predicate for <paramref name="where"/>; null when it constrains nothing.</summary>
    /// <exception cref="FilterError">The filter is over a limit or gives null to an operator that needs a value.</exception>
    public static Expression<Func<T, bool>>? Translate<T>(FilterDefinition<T> definition, IDictionary<string, object?>? where)
    {
        if (where is null)
        {
            return null;
        }

        CheckLimits(where);
        var parameter = Expression.Parameter(typeof(T), "x");
        var body = TranslateObject(definition, parameter, where);
        return body is null ? null : Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    /// <summary>Counts operator nodes and <c>in</c> values, and throws when over the limits.</summary>
    public static void CheckLimits(IDictionary<string, object?> where)
    {
        var nodes = CountNodes(where);
        if (nodes > MaxOperatorNodes)
        {
            throw new FilterError(FilterError.TooLargeCode,
                $"The filter has {nodes} operator nodes; at most {MaxOperatorNodes} are allowed.");
        }
    }

    private static int CountNodes(object? value)
    {
        switch (value)
        {
            case IDictionary<string, object?> dictionary:
                var count = 0;
                foreach (var (key, item) in dictionary)
                {
                    if (OperatorNames.Contains(key))
                    {
                        count++;
                    }

                    if (key is "in" or "nin" && item is ICollection { Count: > MaxInValues } values)
                    {
                        throw new FilterError(FilterError.InListTooLongCode,
                            $"The '{key}' list has {values.Count} values; at most {MaxInValues} are allowed.");
                    }

                    count += key is "in" or "nin" ? 0 : CountNodes(item);
                }

                return count;
            case IEnumerable list and not string:
                return list.Cast<object?>().Sum(CountNodes);
            default:
                return 0;
        }
    }

    private static Expression? TranslateObject(IFilterDefinition definition, Expression instance, IDictionary<string, object?> where)
    {
        var conditions = new List<Expression>();
        foreach (var (key, value) in where)
        {
            if (value is null)
            {
                continue;
            }

            var condition = key switch
            {
                And => Combine(Items(value).Select(i => TranslateObject(definition, instance, i)), Expression.AndAlso),
                Or => Combine(Items(value).Select(i => TranslateObject(definition, instance, i)), Expression.OrElse),
                Not => Negate(TranslateObject(definition, instance, Dictionary(value))),
                _ => TranslateField(Field(definition, key), instance, value),
            };
            if (condition is not null)
            {
                conditions.Add(condition);
            }
        }

        return Combine(conditions, Expression.AndAlso);
    }

    private static Expression? TranslateField(FilterField field, Expression instance, object value)
    {
        var member = Bind(field.Accessor, instance);
        var target = field.Target?.Invoke();
        return field.Kind switch
        {
            FilterFieldKind.Object => TranslateObject(target!, member, Dictionary(value)),
            FilterFieldKind.List => TranslateList(target!, member, Dictionary(value)),
            _ => TranslateOperations(field.Kind, member, Dictionary(value)),
        };
    }

    private static Expression? TranslateList(IFilterDefinition element, Expression items, IDictionary<string, object?> where)
    {
        var conditions = new List<Expression>();
        foreach (var (key, value) in where)
        {
            if (value is null)
            {
                continue;
            }

            if (key == Any)
            {
                var any = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [element.EntityType], items);
                conditions.Add((bool)value ? any : Expression.Not(any));
                continue;
            }

            var parameter = Expression.Parameter(element.EntityType, "e");
            var predicate = TranslateObject(element, parameter, Dictionary(value)) ?? Expression.Constant(true);
            var lambda = Expression.Lambda(predicate, parameter);
            var method = key == All ? nameof(Enumerable.All) : nameof(Enumerable.Any);
            Expression call = Expression.Call(typeof(Enumerable), method, [element.EntityType], items, lambda);
            conditions.Add(key == None ? Expression.Not(call) : call);
        }

        return Combine(conditions, Expression.AndAlso);
    }

    private static Expression? TranslateOperations(FilterFieldKind kind, Expression member, IDictionary<string, object?> where)
    {
        var operations = kind switch
        {
            FilterFieldKind.String => FilterOperation.ForStrings,
            FilterFieldKind.Boolean => FilterOperation.ForBooleans,
            _ => FilterOperation.ForComparables,
        };
        var conditions = new List<Expression>();
        foreach (var (key, value) in where)
        {
            var condition = key switch
            {
                And when value is not null =>
                    Combine(Items(value).Select(i => TranslateOperations(kind, member, i)), Expression.AndAlso),
                Or when value is not null =>
                    Combine(Items(value).Select(i => TranslateOperations(kind, member, i)), Expression.OrElse),
                Not when value is not null => Negate(TranslateOperations(kind, member, Dictionary(value))),
                And or Or or Not => null,
                _ => TranslateOperation(Operation(operations, key), member, value),
            };
            if (condition is not null)
            {
                conditions.Add(condition);
            }
        }

        return Combine(conditions, Expression.AndAlso);
    }

    private static Expression TranslateOperation(FilterOperation operation, Expression member, object? value)
    {
        if (value is null && operation.Positive != "eq")
        {
            throw new FilterError(FilterError.NullOperandCode,
                $"The operator '{operation.Name}' needs a value; only 'eq' and 'neq' accept null.");
        }

        if (value is null)
        {
            var isNull = IsNull(member);
            return operation.Negated ? Expression.Not(isNull) : isNull;
        }

        var positive = operation.Positive switch
        {
            "eq" => Expression.Equal(Fold(member, operation), Fold(Parameter(value, member.Type), operation)),
            "in" => In(member, (IEnumerable)value),
            "contains" or "startsWith" or "endsWith" => TextTest(operation.Positive, member, value, operation),
            "gt" => Expression.GreaterThan(member, Parameter(value, member.Type)),
            "gte" => Expression.GreaterThanOrEqual(member, Parameter(value, member.Type)),
            "lt" => Expression.LessThan(member, Parameter(value, member.Type)),
            _ => Expression.LessThanOrEqual(member, Parameter(value, member.Type)),
        };
        return operation.Negated ? Expression.Not(positive) : positive;
    }

    private static BinaryExpression TextTest(string test, Expression member, object value, FilterOperation operation)
    {
        var text = Fold(member, operation);
        var pattern = Fold(Parameter(value, typeof(string)), operation);
        var length = Expression.Property(pattern, nameof(string.Length));

        // Note: EF Core turns StartsWith and EndsWith into LIKE, which SQLite compares without case for
        // ASCII letters. Comparing a substring keeps them ordinal on both stores; Contains becomes
        // instr() on SQLite and strpos() on PostgreSQL, both ordinal.
        Expression matched = test switch
        {
            "contains" => Expression.Call(text, StringContains, pattern),
            "startsWith" => Expression.Equal(Expression.Call(text, Substring2, Expression.Constant(0), length), pattern),
            _ => Expression.Equal(
                Expression.Call(text, Substring1,
                    Expression.Subtract(Expression.Property(text, nameof(string.Length)), length)),
                pattern),
        };

        // Note: the explicit null test makes "a null field never matches" hold in SQL too, so that the
        // negated forms (ncontains, ...) match null fields on both stores.
        return Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, typeof(string))), matched);
    }

    private static Expression In(Expression member, IEnumerable values)
    {
        var items = values.Cast<object?>().ToList();
        var listType = typeof(List<>).MakeGenericType(member.Type);
        var list = (IList)Activator.CreateInstance(listType)!;
        foreach (var item in items.Where(i => i is not null))
        {
            list.Add(Convert(item!, member.Type));
        }

        var boxed = Box(list, listType);
        Expression contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [member.Type], boxed, member);
        return items.Contains(null) ? Expression.OrElse(contains, IsNull(member)) : contains;
    }

    private static Expression IsNull(Expression member) =>
        member.Type.IsValueType && Nullable.GetUnderlyingType(member.Type) is null
            ? Expression.Constant(false)
            : Expression.Equal(member, Expression.Constant(null, member.Type));

    private static Expression Fold(Expression text, FilterOperation operation) =>
        operation.IgnoreCase ? Expression.Call(FoldMethod, text) : text;

    private static MemberExpression Parameter(object value, Type type) => Box(Convert(value, type), type);

    private static MemberExpression Box(object? value, Type type)
    {
        // Note: a member of a constant object is what EF Core turns into a SQL parameter; a bare constant
        // would be inlined into the SQL text and would give a new cached query per value.
        var box = Activator.CreateInstance(typeof(ValueBox<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(box), nameof(ValueBox<object>.Value));
    }

    private static object Convert(object value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return value switch
        {
            DateTimeOffset offset => offset.UtcDateTime,
            DateTime { Kind: DateTimeKind.Local } local => local.ToUniversalTime(),
            DateTime { Kind: DateTimeKind.Unspecified } unspecified => DateTime.SpecifyKind(unspecified, DateTimeKind.Utc),
            _ when target.IsInstanceOfType(value) => value,
            _ => System.Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static Expression Bind(LambdaExpression accessor, Expression instance) =>
        new ParameterReplacer(accessor.Parameters[0], instance).Visit(accessor.Body);

    private static Expression? Negate(Expression? condition) => condition is null ? Expression.Constant(false) : Expression.Not(condition);

    private static Expression? Combine(IEnumerable<Expression?> conditions, Func<Expression, Expression, BinaryExpression> join)
    {
        Expression? result = null;
        foreach (var condition in conditions)
        {
            var term = condition ?? Expression.Constant(true);
            result = result is null ? term : join(result, term);
        }

        return result;
    }

    private static IEnumerable<IDictionary<string, object?>> Items(object value) =>
        ((IEnumerable)value).Cast<object?>().Where(i => i is not null).Select(Dictionary);

    private static IDictionary<string, object?> Dictionary(object? value) =>
        value as IDictionary<string, object?>
            ?? throw new ArgumentException($"Expected an input object, got {value?.GetType().Name ?? "null"}.");

    private static FilterField Field(IFilterDefinition definition, string name) =>
        definition.Find(name)
            ?? throw new ArgumentException($"{definition.Name} has no filterable field '{name}'.", nameof(name));

    private static FilterOperation Operation(IReadOnlyList<FilterOperation> operations, string name) =>
        operations.FirstOrDefault(o => o.Name == name)
            ?? throw new ArgumentException($"Unknown filter operator '{name}'.", nameof(name));

    private sealed class ValueBox<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == parameter ? replacement : base.VisitParameter(node);
    }
}
