using Spoke.Schema;

namespace Spoke.Runtime.Tests.Mocking;

/// <summary>Code that manages properties is unit-tested against a test double derived from <see cref="SchemaClient"/>.</summary>
public sealed class FakeSchemaTests
{
    [Fact]
    public async Task A_fake_schema_client_records_creates_and_fails_members_it_does_not_override()
    {
        var schema = new FakeSchema();

        var created = await schema.CreatePropertyAsync(CrmObjectType.Contacts, new CrmPropertyInput
        {
            Name = "shoe_size", Label = "Shoe size", Type = "number", FieldType = "number", GroupName = "contactinformation",
        });
        var notOverridden = await Assert.ThrowsAsync<InvalidOperationException>(() => schema.ArchivePropertyAsync(CrmObjectType.Contacts, "shoe_size"));

        Assert.Equal(("shoe_size", "number"), (created.Name, created.Type));
        Assert.Equal(["shoe_size"], schema.Created.Select(property => property.Name));
        Assert.Contains("FakeSchema was created for mocking", notOverridden.Message, StringComparison.Ordinal);
    }

    private sealed class FakeSchema : SchemaClient
    {
        public List<CrmPropertyInput> Created { get; } = [];

        public override Task<CrmProperty> CreatePropertyAsync(CrmObjectType objectType, CrmPropertyInput property, CancellationToken cancellationToken = default)
        {
            Created.Add(property);
            return Task.FromResult(new CrmProperty { Name = property.Name, Label = property.Label, Type = property.Type, FieldType = property.FieldType, GroupName = property.GroupName });
        }
    }
}
