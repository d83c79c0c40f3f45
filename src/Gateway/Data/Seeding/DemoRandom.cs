namespace Gateway.Data.Seeding;

/// <summary>
/// A small seeded pseudo-random generator (SplitMix64) for the demo catalogue.
/// </summary>
/// <remarks>
/// Hand-written rather than <see cref="Random"/> because the demo catalogue must be the same on every
/// machine and every runtime version, and the algorithm behind a seeded <see cref="Random"/> is not
/// promised to stay. It uses integer arithmetic only, so no floating-point library differs either.
/// </remarks>
internal sealed class DemoRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong NextBits()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in <c>[0, maxExclusive)</c>.</summary>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)(NextBits() % (ulong)maxExclusive);
    }

    /// <summary>A number in <c>[minInclusive, maxExclusive)</c>.</summary>
    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    /// <summary>A 64-bit number in <c>[0, maxExclusive)</c>.</summary>
    public long NextLong(long maxExclusive) => (long)(NextBits() % (ulong)maxExclusive);

    /// <summary>True with a chance of <paramref name="percent"/> in a hundred.</summary>
    public bool Chance(int percent) => Next(100) < percent;

    /// <summary>True with a chance of <paramref name="permille"/> in a thousand.</summary>
    public bool ChancePerMille(int permille) => Next(1000) < permille;

    /// <summary>One item of a list, uniformly.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Shuffles a list in place (Fisher-Yates).</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
