namespace Gateway.DataLoading;

/// <summary>A per-request loader whose cache can be dropped, for example after a write.</summary>
public interface IDataLoader
{
    /// <summary>Forgets every cached value, so that the next load reads the store again.</summary>
    void ClearAll();
}
