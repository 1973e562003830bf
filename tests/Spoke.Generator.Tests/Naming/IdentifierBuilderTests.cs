using Spoke.Generator.Naming;

namespace Spoke.Generator.Tests.Naming;

/// <summary>
/// Names made from HubSpot's own names and labels, as a careful human would write them. Every row without a comment is a real
/// property (wire name and label) or option label from the shipped snapshots, which are real HubSpot accounts' property dumps.
/// </summary>
public sealed class IdentifierBuilderTests
{
    public static TheoryData<string, string, string> WireNames => new()
    {
        // Underscores split; the label splits a part where its words spell it out exactly, short words included.
        { "date_of_birth", "Date of birth", "DateOfBirth" },
        { "lifecyclestage", "Lifecycle Stage", "LifecycleStage" },
        { "numberofemployees", "Number of Employees", "NumberOfEmployees" },
        { "associatedcompanyid", "Primary Associated Company ID", "AssociatedCompanyId" },
        { "hubspotscore", "HubSpot Score", "HubSpotScore" },
        { "linkedinbio", "LinkedIn Bio", "LinkedInBio" },
        { "avatar_filemanager_key", "Avatar FileManager key", "AvatarFileManagerKey" },
        { "hubspot_owner_assigneddate", "Owner assigned date", "HubspotOwnerAssignedDate" },
        { "time_to_move_from_marketingqualifiedlead_to_customer", "Time to move from marketing qualified lead to customer", "TimeToMoveFromMarketingQualifiedLeadToCustomer" },
        { "date_entered_decisionmakerboughtin", "Date entered 'Decision Maker Bought-In (Sales Pipeline)'", "DateEnteredDecisionMakerBoughtIn" },
        { "email_optout_531794701", "Opted out of email: One to One", "EmailOptOut531794701" },
        { "address2", "Street Address 2", "Address2" },
        { "analytics_source_data_1", "Original Traffic Source Drill-Down 1", "AnalyticsSourceData1" },
        { "count_intent_signals_created_last_14_days", "Count Intent Signals Created Last 14 Days", "CountIntentSignalsCreatedLast14Days" },
        { "first_contact_createdate_timestamp_earliest_value_78b50eea", "first_contact_createdate_timestamp_earliest_value_78b50eea", "FirstContactCreatedateTimestampEarliestValue78b50eea" },
        { "googleplusid", "googleplus ID", "GoogleplusId" },
        { "googleplus_page", "Google Plus Page", "GooglePlusPage" },

        // A part the label covers only in part: the label's words (three letters or more) split it; what comes before a label
        // word is a word of its own, what follows the last one is the rest of that word.
        { "numemployees", "Number of Employees", "NumEmployees" },
        { "recurringbillingfrequency", "Billing frequency", "RecurringBillingFrequency" },
        { "predictivecontactscore", "Predictive Lead Score", "PredictiveContactScore" },
        { "analytics_first_timestamp", "Time First Seen", "AnalyticsFirstTimestamp" },
        { "content_membership_email", "Member email", "ContentMembershipEmail" },
        { "kloutscoregeneral", "Klout Score", "KloutScoregeneral" },
        { "twitterhandle", "Twitter Username", "Twitterhandle" },

        // ... but never where a label word is found inside another word: "date" is not a word of "updated".
        { "notes_last_updated", "Last Activity Date", "NotesLastUpdated" },
        { "notes_last_updated", "Last activity date", "NotesLastUpdated" },
        { "notes_last_update", "Last Activity Date", "NotesLastUpdate" }, // constructed: "up" is too short to be a word
        { "lastupdated", "Last Update", "LastUpdated" }, // constructed: the rest of the last word

        // Nothing in the label: the wire name's own words.
        { "ip_latlon", "IP Latitude & Longitude", "IpLatlon" },
        { "predictivecontactscorebucket", "Lead Rating", "Predictivecontactscorebucket" },
        { "kloutscoregeneral", "", "Kloutscoregeneral" },

        // Two numbers never run together.
        { "source_data_1_2", "Source data 1 2", "SourceData1_2" }, // constructed
    };

    public static TheoryData<string, string> Labels => new()
    {
        { "Existing Business", "ExistingBusiness" },
        { "Decision Maker", "DecisionMaker" },
        { "High-Intent", "HighIntent" },
        { "Legal & Compliance", "LegalCompliance" },
        { "Delayed start (days)", "DelayedStartDays" },
        { "HubSpot Rep. marked confirmed", "HubSpotRepMarkedConfirmed" },
        { "Tonga (Tonga Islands)", "TongaTongaIslands" },
        { "Volapük", "Volapük" },
        { "UTC +03:00 Asia Türkiye", "Utc03_00AsiaTürkiye" },

        // Capitals: an all-capitals word is capitalised like any other word, one run of letters at a time.
        { "AI Referrals", "AiReferrals" },
        { "CRM Suite Enterprise", "CrmSuiteEnterprise" },
        { "AR/VR", "ArVr" },
        { "DB2", "Db2" },
        { "NS1", "Ns1" },
        { "COVID-19", "Covid19" },
        { "B2B Marketing & Services", "B2BMarketingServices" },
        { "P2P Lending", "P2PLending" },
        { "3D Printing", "3DPrinting" },
        { "F5 BIG-IP", "F5BigIp" },
        { "iOS Development", "IosDevelopment" },
        { "APIs", "Apis" },
        { "REITs", "Reits" },
        { "All owner IDs", "AllOwnerIds" },
        { "HRTech", "HrTech" },
        { "CDNetworks", "CdNetworks" },
        { "ReSRCit", "ReSrCit" },
        { "JBoss", "JBoss" },
        { "VMware Server", "VMwareServer" },
        { "Antarctica DumontDUrville", "AntarcticaDumontDUrville" },

        // Mixed case is the author's: kept.
        { "AdTech", "AdTech" },
        { "MySQL", "MySql" },
        { "ownerIQ", "OwnerIq" },
        { "Neo4j", "Neo4j" },
        { "Sage 50cloud", "Sage50cloud" },
        { "6sense", "6sense" },
        { "Amazon S3", "AmazonS3" },
        { "Magento V1", "MagentoV1" },

        // An apostrophe inside a word does not split it.
        { "Women's Empowerment", "WomensEmpowerment" },
        { "Worker's Compensation", "WorkersCompensation" },
        { "Côte d'Ivoire", "CôteDIvoire" }, // constructed: an elided article before a capital stays a word of its own

        // Two numbers never run together: "100-500" is not one hundred thousand five hundred.
        { "1-5", "1_5" },
        { "100-500", "100_500" },
        { "1000+", "1000" },
        { "1&1 Hosting", "1_1Hosting" },
        { "UTC -08:00 America Anchorage", "Utc08_00AmericaAnchorage" },
    };

    [Theory]
    [MemberData(nameof(WireNames))]
    public void A_wire_name_is_split_into_words_its_label_confirms(string wireName, string label, string expected)
    {
        Assert.Equal(expected, IdentifierBuilder.FromWireName(wireName, label));
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void A_label_becomes_its_words_each_capitalised(string label, string expected)
    {
        Assert.Equal(expected, IdentifierBuilder.FromText(label));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("!!! ---", "")]
    [InlineData("❄️ Winter", "Winter")]
    [InlineData("日本 市場", "日本市場")]
    public void Text_without_letters_or_digits_gives_nothing_and_symbols_are_dropped(string text, string expected)
    {
        Assert.Equal(expected, IdentifierBuilder.FromText(text));
    }

    [Fact]
    public void A_name_is_cut_at_128_characters()
    {
        var label = string.Join(' ', Enumerable.Repeat("Lifecycle", 30));

        Assert.Equal(IdentifierBuilder.MaxLength, IdentifierBuilder.FromText(label).Length);
        Assert.Equal(IdentifierBuilder.MaxLength, IdentifierBuilder.FromWireName(string.Join('_', Enumerable.Repeat("stage", 40)), label).Length);
        Assert.Equal(IdentifierBuilder.MaxLength, IdentifierBuilder.FromWireName(new string('a', 5_000), "A " + new string('a', 10)).Length);
    }

    [Theory]
    [InlineData("Person", true, null)]
    [InlineData("LeadState", false, null)]
    [InlineData("class", false, "it is a C# keyword")]
    [InlineData("record", true, "it is a C# keyword")]
    [InlineData("person", true, "a type name of lower-case ASCII letters only may become a C# keyword (CS8981)")]
    [InlineData("person", false, null)]
    [InlineData("2nd", false, "it is not a C# identifier")]
    [InlineData("Lead State", false, "it is not a C# identifier")]
    public void An_override_name_is_checked_before_it_is_used(string name, bool isTypeName, string? problem)
    {
        Assert.Equal(problem, IdentifierBuilder.WhyUnusable(name, isTypeName));
    }
}
