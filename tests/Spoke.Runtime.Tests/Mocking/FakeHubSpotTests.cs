using Spoke.Associations;
using Spoke.Runtime.Tests.HubSpot;
using Spoke.Search;

namespace Spoke.Runtime.Tests.Mocking;

/// <summary>
/// A user's unit test: the code under test takes a <see cref="HubSpotClient"/>, and the test fakes HubSpot by deriving from
/// <see cref="HubSpotClient"/> and <see cref="AssociationsClient"/>, with results built by <see cref="HubSpotModelFactory"/>.
/// </summary>
public sealed class FakeHubSpotTests
{
    [Fact]
    public async Task The_code_under_test_runs_against_a_fake_that_derives_from_the_client()
    {
        using var hubSpot = new FakeHubSpot();
        hubSpot.Contacts.Add(HubSpotModelFactory.Record<Contact>("101", new Dictionary<string, string?> { ["email"] = "ada@acme.com", ["lifecyclestage"] = "lead" }));
        hubSpot.Contacts.Add(HubSpotModelFactory.Record<Contact>("102", new Dictionary<string, string?> { ["email"] = "bob@acme.com", ["lifecyclestage"] = "customer" }));
        var onboarding = new CompanyOnboarding(hubSpot);

        var linked = await onboarding.LinkLeadsAsync("acme.com", companyId: "900");

        Assert.Equal(["101"], linked);
        Assert.Equal([("101", "900", AssociationType<Contact, Company>.Primary.Spec)], hubSpot.Links.Created);
        Assert.Contains("*@acme.com", hubSpot.Searches.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_HubSpot_error_built_by_the_model_factory_reaches_the_code_under_test()
    {
        using var hubSpot = new FakeHubSpot { Failure = HubSpotModelFactory.HubSpotException(429, policyName: "DAILY", category: "RATE_LIMIT") };
        var onboarding = new CompanyOnboarding(hubSpot);

        var linked = await onboarding.LinkLeadsAsync("acme.com", companyId: "900");

        Assert.Empty(linked);
        Assert.Equal("HubSpot's daily quota is used up", onboarding.LastProblem);
    }

    [Fact]
    public async Task Members_the_fake_does_not_override_fail_saying_so()
    {
        using var hubSpot = new FakeHubSpot();

        var address = Assert.Throws<InvalidOperationException>(() => hubSpot.BaseAddress);
        var archive = await Assert.ThrowsAsync<InvalidOperationException>(() => hubSpot.ArchiveAsync<Contact>("101"));
        var schema = Assert.Throws<InvalidOperationException>(() => hubSpot.Schema);
        var list = Assert.Throws<InvalidOperationException>(() => hubSpot.Associations.ListAsync<Contact, Company>("101"));

        Assert.Contains("FakeHubSpot was created for mocking", address.Message, StringComparison.Ordinal);
        Assert.Contains("BaseAddress", address.Message, StringComparison.Ordinal);
        Assert.Contains("FakeHubSpot", archive.Message, StringComparison.Ordinal);
        Assert.Contains("Schema", schema.Message, StringComparison.Ordinal);
        Assert.Contains("FakeAssociations", list.Message, StringComparison.Ordinal);
    }

    /// <summary>The code under test: links a company's leads to it as their primary company.</summary>
    private sealed class CompanyOnboarding(HubSpotClient hubSpot)
    {
        public string? LastProblem { get; private set; }

        public async Task<List<string>> LinkLeadsAsync(string domain, string companyId)
        {
            var linked = new List<string>();
            try
            {
                await foreach (var contact in hubSpot.SearchAsync(Contact.Where(c => c.Email.ContainsToken("*@" + domain))))
                {
                    if (contact.LifecycleStage == ContactLifecycleStage.Lead)
                    {
                        await hubSpot.Associations.CreateAsync(contact.Id, companyId, AssociationType<Contact, Company>.Primary);
                        linked.Add(contact.Id);
                    }
                }
            }
            catch (HubSpotException e) when (e.Status == 429 && e.PolicyName == "DAILY")
            {
                LastProblem = "HubSpot's daily quota is used up";
            }

            return linked;
        }
    }

    private sealed class FakeHubSpot : HubSpotClient
    {
        public List<Contact> Contacts { get; } = [];

        public List<string> Searches { get; } = [];

        public FakeAssociations Links { get; } = new();

        public HubSpotException? Failure { get; init; }

        public override AssociationsClient Associations => Links;

        public override CrmPageable<T> SearchAsync<T>(ISearchQuery<T> query, CancellationToken cancellationToken = default)
        {
            if (Failure is not null)
            {
                throw Failure;
            }

            Searches.Add(query.Request.ToJson());
            return CrmPageable<T>.FromPages([HubSpotModelFactory.CrmPage(Contacts.OfType<T>(), total: Contacts.Count)]);
        }
    }

    private sealed class FakeAssociations : AssociationsClient
    {
        public List<(string FromId, string ToId, AssociationSpec Type)> Created { get; } = [];

        public override Task CreateAsync<TFrom, TTo>(string fromId, string toId, AssociationType<TFrom, TTo> type, CancellationToken cancellationToken = default)
        {
            Created.Add((fromId, toId, type.Spec));
            return Task.CompletedTask;
        }
    }
}
