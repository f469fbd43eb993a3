using System.Collections.Frozen;

namespace Facilitation.Methods.Sessions;

/// <summary>The names of an enum's values, made once: <c>Enum.ToString</c> boxes its value, and the engine names every command it runs.</summary>
/// <typeparam name="TEnum">The enum (a method's commands, a contribution's kind).</typeparam>
internal static class EnumName<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Names = Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(c => c, c => c.ToString());

    /// <summary>Gets the name of a value (its number for a value the enum does not define).</summary>
    public static string Of(TEnum value) => Names.TryGetValue(value, out var name) ? name : value.ToString();
}
