using Spoke.Sample.HubSpot;

var since = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
var query = Contact
    .Where(c => c.Email.ContainsToken("*@acme.com") & c.LifecycleStage.In(ContactLifecycleStage.Lead))
    .Or(c => c.CreateDate.OnOrAfter(since))
    .OrderByDescending(c => c.CreateDate)
    .Select(c => [c.Email, c.FirstName, c.LifecycleStage]);
Console.WriteLine(query.Request.ToJson(indented: true));
return 0;
