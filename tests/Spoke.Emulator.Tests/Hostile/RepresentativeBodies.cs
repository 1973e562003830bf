namespace Spoke.Emulator.Tests.Hostile;

/// <summary>
/// A well-formed body for each endpoint that takes one, touching every member the endpoint reads, so that replacing
/// any member reaches the code that reads it. Keyed by <see cref="EmulatorRoute.ToString"/>.
/// </summary>
internal static class RepresentativeBodies
{
    private const string Spec = """{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":279}""";

    public static string For(EmulatorRoute route, long contactId, long companyId) => route.ToString() switch
    {
        "POST /crm/v3/objects/{objectType}" =>
            $$"""{"properties":{"email":"hostile@example.com","firstname":"A","lifecyclestage":"lead","createdate":"2025-01-01"},"associations":[{"to":{"id":"{{companyId}}"},"types":[{{Spec}}]}]}""",
        "PATCH /crm/v3/objects/{objectType}/{objectId}" => """{"properties":{"firstname":"B","hs_lead_status":"NEW","notes_last_updated":"1700000000000"}}""",
        "POST /crm/v3/objects/{objectType}/batch/read" =>
            $$"""{"inputs":[{"id":"{{contactId}}"},{"id":{{contactId}}}],"properties":["email","firstname"],"idProperty":"hs_object_id","propertiesWithHistory":["email"]}""",
        "POST /crm/v3/objects/{objectType}/batch/create" =>
            $$"""{"inputs":[{"properties":{"firstname":"C","email":"c@example.com"},"associations":[{"to":{"id":{{companyId}}},"types":[{{Spec}}]}],"objectWriteTraceId":"t1"}]}""",
        "POST /crm/v3/objects/{objectType}/batch/update" =>
            $$"""{"inputs":[{"id":"{{contactId}}","idProperty":"hs_object_id","properties":{"firstname":"D"},"objectWriteTraceId":"t1"}]}""",
        "POST /crm/v3/objects/{objectType}/batch/upsert" =>
            """{"inputs":[{"id":"upsert@example.com","idProperty":"email","properties":{"firstname":"E","email":"upsert@example.com"},"objectWriteTraceId":"t1"}]}""",
        "POST /crm/v3/objects/{objectType}/batch/archive" => """{"inputs":[{"id":"999999999"}]}""",
        "POST /crm/v3/objects/{objectType}/search" => $$"""
            {"filterGroups":[{"filters":[{"propertyName":"email","operator":"EQ","value":"a@b.c"},{"propertyName":"createdate","operator":"BETWEEN","value":"1","highValue":"1800000000000"},{"propertyName":"lifecyclestage","operator":"IN","values":["lead","customer"]},{"propertyName":"associations.company","operator":"EQ","value":"{{companyId}}"}]}],
             "sorts":[{"propertyName":"createdate","direction":"DESCENDING"}],"query":"a","properties":["email"],"limit":10,"after":"0"}
            """,
        "POST /crm/v3/objects/{objectType}/merge" => """{"primaryObjectId":"999999998","objectIdToMerge":"999999999"}""",
        "POST /crm/v3/objects/{objectType}/gdpr-delete" => """{"objectId":"nobody@example.com","idProperty":"email"}""",
        "PUT /crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}/{toObjectId}" => $"[{Spec}]",
        "POST /crm/v4/associations/{objectType}/{toObjectType}/batch/read" => $$"""{"inputs":[{"id":"{{contactId}}","after":"0"}]}""",
        "POST /crm/v4/associations/{objectType}/{toObjectType}/batch/create" =>
            $$"""{"inputs":[{"from":{"id":"{{contactId}}"},"to":{"id":{{companyId}}},"types":[{{Spec}}]}]}""",
        "POST /crm/v4/associations/{objectType}/{toObjectType}/batch/associate/default" =>
            $$$"""{"inputs":[{"from":{"id":"{{{contactId}}}"},"to":{"id":"{{{companyId}}}"}}]}""",
        "POST /crm/v4/associations/{objectType}/{toObjectType}/batch/archive" =>
            """{"inputs":[{"from":{"id":"999999999"},"to":[{"id":"999999998"}]}]}""",
        "POST /crm/v4/associations/{objectType}/{toObjectType}/batch/labels/archive" =>
            """{"inputs":[{"from":{"id":"999999999"},"to":{"id":"999999998"},"types":[{"associationCategory":"USER_DEFINED","associationTypeId":999}]}]}""",
        "POST /crm/v4/associations/{objectType}/{toObjectType}/labels" or "POST /crm/associations/v4/{objectType}/{toObjectType}/labels" =>
            """{"label":"Hostile","name":"hostile","inverseLabel":"Hostile inverse"}""",
        "PUT /crm/v4/associations/{objectType}/{toObjectType}/labels" or "PUT /crm/associations/v4/{objectType}/{toObjectType}/labels" =>
            """{"associationTypeId":999,"label":"Renamed","inverseLabel":"Renamed inverse"}""",
        "POST /crm/v3/properties/{objectType}" => """
            {"name":"hostile_property","label":"Hostile","type":"enumeration","fieldType":"select","groupName":"contactinformation","description":"d",
             "options":[{"label":"A","value":"a","displayOrder":1,"hidden":false}],"displayOrder":2,"hasUniqueValue":false,"hidden":false,"formField":true}
            """,
        "PATCH /crm/v3/properties/{objectType}/{propertyName}" =>
            """{"label":"Hostile","description":"d","groupName":"contactinformation","type":"string","fieldType":"text","options":[{"label":"A","value":"a"}],"displayOrder":3,"hidden":false,"formField":true,"calculationFormula":"x"}""",
        "POST /crm/v3/properties/{objectType}/batch/read" => """{"inputs":[{"name":"email"},{"name":"firstname"}],"archived":false}""",
        "POST /crm/v3/properties/{objectType}/batch/create" =>
            """{"inputs":[{"name":"hostile_batch","label":"Hostile","type":"enumeration","fieldType":"select","groupName":"contactinformation","options":[{"label":"A","value":"a"}],"displayOrder":1}]}""",
        "POST /crm/v3/properties/{objectType}/batch/archive" => """{"inputs":[{"name":"hostile_batch"}]}""",
        "POST /crm/v3/properties/{objectType}/groups" => """{"name":"hostile_group","label":"Hostile","displayOrder":1}""",
        "PATCH /crm/v3/properties/{objectType}/groups/{groupName}" => """{"label":"Hostile renamed","displayOrder":2}""",
        "POST /crm/v3/pipelines/{objectType}" or "PUT /crm/v3/pipelines/{objectType}/{pipelineId}" =>
            """{"label":"Hostile pipeline","displayOrder":1,"stages":[{"label":"A","displayOrder":0,"metadata":{"probability":"0.5","isClosed":"false"}},{"label":"B","displayOrder":1,"metadata":{"probability":1}}]}""",
        "PATCH /crm/v3/pipelines/{objectType}/{pipelineId}" => """{"label":"Hostile renamed","displayOrder":2,"archived":false}""",
        "POST /crm/v3/pipelines/{objectType}/{pipelineId}/stages" or "PUT /crm/v3/pipelines/{objectType}/{pipelineId}/stages/{stageId}" =>
            """{"label":"Hostile stage","displayOrder":3,"metadata":{"probability":"0.3","isClosed":false}}""",
        "PATCH /crm/v3/pipelines/{objectType}/{pipelineId}/stages/{stageId}" =>
            """{"label":"Hostile stage renamed","displayOrder":4,"metadata":{"probability":"0.4"},"archived":false}""",
        "PUT /webhooks/v3/{appId}/settings" => """{"targetUrl":"http://127.0.0.1:9/hostile","throttling":{"maxConcurrentRequests":10,"period":"SECONDLY"}}""",
        "POST /webhooks/v3/{appId}/subscriptions" => """{"eventType":"object.propertyChange","propertyName":"firstname","objectTypeId":"0-1","active":false}""",
        "PATCH /webhooks/v3/{appId}/subscriptions/{subscriptionId}" => """{"active":false}""",
        "POST /webhooks/v3/{appId}/subscriptions/batch/update" => """{"inputs":[{"id":1,"active":false},{"id":"1","active":true}]}""",
        "POST /oauth/v2/private-apps/get/access-token-info" => """{"tokenKey":"pat-na1-no-such-token"}""",
        _ => "{}",
    };
}
