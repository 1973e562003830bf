namespace Spoke.Emulator;

/// <summary>How far seeding an account has come: records of one object type created so far, of how many.</summary>
/// <param name="ObjectType">The object type's name, for example <c>contacts</c>.</param>
/// <param name="Created">Records of <paramref name="ObjectType"/> created so far.</param>
/// <param name="Total">Records of <paramref name="ObjectType"/> to create.</param>
public readonly record struct EmulatorSeedProgress(string ObjectType, int Created, int Total);
