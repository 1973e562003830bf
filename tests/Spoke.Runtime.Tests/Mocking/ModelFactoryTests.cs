using Spoke.Associations;
using Spoke.Batch;
using Spoke.Runtime.Tests.HubSpot;

namespace Spoke.Runtime.Tests.Mocking;

public sealed class ModelFactoryTests
{
    [Fact]
    public void A_generated_record_is_read_from_wire_values_as_HubSpot_sends_them()
    {
        var created = new DateTimeOffset(2025, 3, 1, 12, 30, 0, TimeSpan.Zero);

        var contact = HubSpotModelFactory.Record<Contact>(
            "42",
            new Dictionary<string, string?> { ["email"] = "ada@example.com", ["lifecyclestage"] = "brand_new_stage", ["followercount"] = "not a number", ["loyalty_tier"] = "gold" },
            createdAt: created,
            archived: true,
            associations: new Dictionary<string, IReadOnlyList<CrmAssociatedId>> { ["companies"] = [new CrmAssociatedId("7", "contact_to_company")] });

        Assert.Equal(("42", "ada@example.com", created, true), (contact.Id, contact.Email, contact.CreatedAt, contact.Archived));
        Assert.Equal("brand_new_stage", contact.LifecycleStage!.Value.WireValue);
        Assert.False(contact.LifecycleStage.Value.IsKnown);
        Assert.Null(contact.FollowerCount);
        Assert.Equal("not a number", contact.AdditionalProperties["followercount"]);
        Assert.Equal("gold", contact.AdditionalProperties["loyalty_tier"]);
        Assert.Equal("7", Assert.Single(contact.Associations["companies"]).Id);
    }

    [Fact]
    public void An_untyped_record_keeps_every_property()
    {
        var record = HubSpotModelFactory.CrmObject("9", new Dictionary<string, string?> { ["dealname"] = "Renewal", ["amount"] = null });

        Assert.Equal("9", record.Id);
        Assert.Equal("Renewal", record.Properties["dealname"]);
        Assert.Null(record.Properties["amount"]);
    }

    [Fact]
    public void An_exception_carries_every_field_it_was_given()
    {
        var exception = HubSpotModelFactory.HubSpotException(
            409, category: "CONFLICT", existingObjectId: "7251", correlationId: "c-1", requiredScopes: ["crm.objects.contacts.write"], mayHaveTakenEffect: true);

        Assert.Equal((409, "CONFLICT", "7251", "c-1", true), (exception.Status, exception.Category, exception.ExistingObjectId, exception.CorrelationId, exception.MayHaveTakenEffect));
        Assert.Equal(["crm.objects.contacts.write"], exception.RequiredScopes);
        Assert.Contains("409", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_response_has_headers_that_compare_names_ignoring_case()
    {
        var response = HubSpotModelFactory.HubSpotResponse(201, """{"id":"1"}"""u8.ToArray(), new Dictionary<string, string> { ["X-HubSpot-Correlation-Id"] = "c-9" });

        Assert.Equal(201, response.Status);
        Assert.Equal("c-9", response.CorrelationId);
        Assert.Equal(["c-9"], response.Headers["x-hubspot-correlation-id"]);
        Assert.Equal("""{"id":"1"}"""u8.ToArray(), response.Content.ToArray());
    }

    [Fact]
    public async Task Pages_make_a_pageable_that_resumes_after_the_page_of_a_token()
    {
        var pageable = CrmPageable<string>.FromPages(
        [
            HubSpotModelFactory.CrmPage(["a", "b"], "after-b", total: 3),
            HubSpotModelFactory.CrmPage(["c"], total: 3),
        ]);

        Assert.Equal(["a", "b", "c"], await pageable.ToListAsync());
        Assert.Equal(["c"], await pageable.AsPages("after-b").SelectMany(page => page.Values.ToAsyncEnumerable()).ToListAsync());
        Assert.Equal("continuationToken", Assert.Throws<ArgumentException>(() => pageable.AsPages("unknown")).ParamName);
    }

    [Fact]
    public void Batch_upsert_and_association_results_are_built_as_the_client_returns_them()
    {
        var contact = HubSpotModelFactory.Record<Contact>("1");
        var batch = HubSpotModelFactory.BatchResult(
        [
            HubSpotModelFactory.BatchItemResult<string, Contact>(0, "1", contact),
            HubSpotModelFactory.BatchItemResult<string, Contact>(1, "2", error: HubSpotModelFactory.BatchItemError("Object not found", "OBJECT_NOT_FOUND")),
        ]);
        var upsert = HubSpotModelFactory.UpsertResult(contact, UpsertOutcome.Created);
        var associated = HubSpotModelFactory.AssociatedRecord("7", [HubSpotModelFactory.AssociationTypeLabel(279, null, AssociationCategory.HubSpotDefined)]);

        Assert.Equal([contact], batch.Records);
        Assert.Equal("OBJECT_NOT_FOUND", Assert.Single(batch.Failures).Error!.Category);
        Assert.Equal(UpsertOutcome.Created, upsert.Outcome);
        Assert.True(associated.Has(AssociationType<Contact, Company>.Default.Spec));
    }
}
