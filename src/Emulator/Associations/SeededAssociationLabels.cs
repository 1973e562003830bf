namespace Spoke.Emulator.Associations;

/// <summary>The labels a seeded account starts with, so label lookups and labelled associations work out of the box.</summary>
internal static class SeededAssociationLabels
{
    /// <summary>Defines the seed labels between the standard objects the schema serves.</summary>
    public static void Define(AssociationTypeCatalog catalog)
    {
        Define(catalog, "0-1", "0-2", "decision_maker", "Decision maker", inverseLabel: null);
        Define(catalog, "0-3", "0-1", "champion", "Champion", inverseLabel: null);
        Define(catalog, "0-1", "0-1", "manager_employee", "Manager", "Employee");
    }

    private static void Define(AssociationTypeCatalog catalog, string fromTypeId, string toTypeId, string name, string label, string? inverseLabel)
    {
        if (catalog.DefaultBetween(fromTypeId, toTypeId) is not null)
        {
            catalog.DefineLabel(fromTypeId, toTypeId, name, label, inverseLabel);
        }
    }
}
