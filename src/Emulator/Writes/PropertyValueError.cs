namespace Spoke.Emulator.Writes;

/// <summary>One invalid property value, in the shape HubSpot lists inside "Property values were not valid".</summary>
/// <param name="Name">The property.</param>
/// <param name="Error">HubSpot's error code, e.g. <c>PROPERTY_DOESNT_EXIST</c>, <c>INVALID_OPTION</c>.</param>
/// <param name="Message">What was wrong, in words.</param>
internal sealed record PropertyValueError(string Name, string Error, string Message);
