using System.Collections.Frozen;
using System.Globalization;
using System.Resources;
using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Workshops;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods;

/// <summary>
/// The words a facilitator reads for the library's phases, commands and kinds, in English or Simplified Chinese
/// ("conversation" / "交谈", "add a note" / "写便签"), for the screens, timelines and print-outs a host app shows people.
/// </summary>
/// <remarks>
/// The names of the enums themselves (<c>WorldCafePhase.Conversation</c>) stay the API's: match on those, show these.
/// Labelled: the phases of every method and of the workshop (<see cref="WorldCafePhase"/>, <see cref="OpenSpacePhase"/>,
/// <see cref="BrainstormPhase"/>, <see cref="WorkshopPhase"/>), and <see cref="ContributionKind"/>, <see cref="GenerationTechnique"/>,
/// <see cref="OneTwoFourAllStep"/>, <see cref="VotingMethod"/>, <see cref="BlockKind"/>, <see cref="BlockStatus"/>,
/// <see cref="ActionStatus"/>, <see cref="CarryKind"/>, <see cref="FacilitatorRole"/> and <see cref="ActorRole"/>.
/// Commands are named by strings (<see cref="IFacilitationSession.PermittedCommands"/>, <c>CafePhaseChanged.Command</c>):
/// <see cref="OfCommand"/> gives their words. A culture without its own resources falls back to its parent and then to English.
/// </remarks>
public static class Labels
{
    private static readonly TextCatalog Catalog = new(new ResourceManager("Facilitation.Methods.Resources.Labels", typeof(Labels).Assembly));

    private static readonly FrozenSet<Type> Labelled = new[]
    {
        typeof(WorldCafePhase), typeof(WorldCafeCommand), typeof(OpenSpacePhase), typeof(OpenSpaceCommand),
        typeof(BrainstormPhase), typeof(BrainstormCommand), typeof(WorkshopPhase), typeof(WorkshopCommand),
        typeof(ContributionKind), typeof(GenerationTechnique), typeof(OneTwoFourAllStep), typeof(VotingMethod),
        typeof(BlockKind), typeof(BlockStatus), typeof(ActionStatus), typeof(CarryKind), typeof(FacilitatorRole), typeof(ActorRole),
    }.ToFrozenSet();

    // The order settles the few names two methods share ("Depart": the workshop's word).
    private static readonly Type[] CommandTypes = [typeof(WorldCafeCommand), typeof(BrainstormCommand), typeof(WorkshopCommand), typeof(OpenSpaceCommand)];

    /// <summary>Gets the word for a phase, a command or a kind in a language.</summary>
    /// <typeparam name="TValue">One of the labelled enums (see the remarks of <see cref="Labels"/>).</typeparam>
    /// <param name="value">The value, for example <c>WorldCafePhase.Conversation</c>.</param>
    /// <param name="culture">The language (<c>zh-CN</c>, <c>en</c>, …); null: <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The label, for example "conversation" or "交谈" (lower case in English, to sit inside a sentence).</returns>
    /// <exception cref="ArgumentException"><typeparamref name="TValue"/> is not one of the labelled enums.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a named value of its enum.</exception>
    public static string Of<TValue>(TValue value, CultureInfo? culture = null)
        where TValue : struct, Enum
    {
        if (!Labelled.Contains(typeof(TValue)))
        {
            throw new ArgumentException($"{typeof(TValue).Name} has no labels; labelled are: {string.Join(", ", Labelled.Select(t => t.Name).Order(StringComparer.Ordinal))}.", nameof(value));
        }

        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a {typeof(TValue).Name}.");
        }

        return Catalog.Get(TextCatalog.Resolve(culture), typeof(TValue).Name + "." + value);
    }

    /// <summary>Gets the words for a command of any method, by its name.</summary>
    /// <param name="command">The command's name, as in <see cref="IFacilitationSession.PermittedCommands"/>, for example <c>"AddNote"</c>.</param>
    /// <param name="culture">The language (<c>zh-CN</c>, <c>en</c>, …); null: <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The label, for example "add a note" or "写便签" (lower case in English).</returns>
    /// <exception cref="ArgumentException"><paramref name="command"/> is no method's command.</exception>
    public static string OfCommand(string command, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        var type = CommandTypes.FirstOrDefault(t => Enum.GetNames(t).Contains(command, StringComparer.Ordinal))
            ?? throw new ArgumentException($"'{Identifier.Shorten(command)}' is no method's command.", nameof(command));
        return Catalog.Get(TextCatalog.Resolve(culture), type.Name + "." + command);
    }

    /// <summary>Gets one of the other labelled words (the five-resource preset's names).</summary>
    /// <param name="culture">The culture.</param>
    /// <param name="key">The resource key.</param>
    /// <returns>The text.</returns>
    internal static string Text(CultureInfo culture, string key) => Catalog.Get(culture, key);

    /// <summary>Gets the enums that have labels (for the tests that keep every value labelled in every language).</summary>
    internal static IEnumerable<Type> LabelledTypes => Labelled;
}
