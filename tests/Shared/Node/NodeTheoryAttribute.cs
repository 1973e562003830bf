namespace Spoke.Testing;

/// <summary>A theory that is skipped, with the reason, when Node.js is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NodeTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when <c>node</c> is not on PATH.</summary>
    public NodeTheoryAttribute()
    {
        if (!NodeToolchain.IsAvailable)
        {
            Skip = NodeToolchain.MissingMessage;
        }
    }
}

/// <summary>A fact that is skipped, with the reason, when Node.js is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NodeFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when <c>node</c> is not on PATH.</summary>
    public NodeFactAttribute()
    {
        if (!NodeToolchain.IsAvailable)
        {
            Skip = NodeToolchain.MissingMessage;
        }
    }
}
