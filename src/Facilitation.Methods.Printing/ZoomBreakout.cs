using Facilitation.Methods.Harvesting;

namespace Facilitation.Methods.Printing;

/// <summary>Zoom's breakout-room pre-assignment file: one CSV per round, so an online café or team round opens with everyone already in their room.</summary>
/// <remarks>
/// The file has Zoom's two columns, <c>Pre-assign Room Name</c> and <c>Email Address</c> (the header stays English: Zoom reads it),
/// one row per seated person, rooms named after the groups. <see cref="Participant"/> has no email field: the address comes from
/// the <c>emails</c> map when it has one for the person, else from the participant's <c>email</c> attribute.
/// The text starts with a UTF-8 byte-order mark and every field passes the spreadsheet formula guard.
/// </remarks>
public static class ZoomBreakout
{
    /// <summary>The participant attribute an email address is read from.</summary>
    public const string EmailAttribute = "email";

    /// <summary>Writes the pre-assignment CSV of one round.</summary>
    /// <param name="seating">The round's seating.</param>
    /// <param name="groups">The groups (room names).</param>
    /// <param name="participants">The participants (their <c>email</c> attribute, and names for the error).</param>
    /// <param name="emails">Email addresses by participant, taking precedence over the attribute; null for attributes only.</param>
    /// <param name="options">The language of the error message; null for the defaults.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="MissingEmailException">Some seated people have no email address; the message names all of them.</exception>
    public static string ToCsv(Seating seating, IEnumerable<Group> groups, IEnumerable<Participant> participants, IReadOnlyDictionary<ParticipantId, string>? emails = null, PrintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(seating);
        var people = (participants ?? throw new ArgumentNullException(nameof(participants))).GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First());
        var view = new SeatingView(groups, people.Values);
        string? EmailOf(ParticipantId p) =>
            emails is not null && emails.TryGetValue(p, out var e) && !string.IsNullOrWhiteSpace(e) ? e.Trim()
            : people.TryGetValue(p, out var person) && person.GetAttribute(EmailAttribute) is { } a && !string.IsNullOrWhiteSpace(a) ? a.Trim()
            : null;
        var missing = seating.Seated.Where(p => EmailOf(p) is null).ToList();
        if (missing.Count > 0)
        {
            var ui = new PrintContext(options);
            var who = string.Join(ui.T("ListSeparator"), missing.Select(p => view.NameOf(p) == p.Value ? p.Value : $"{view.NameOf(p)} ({p.Value})"));
            throw new MissingEmailException(ui.N("Zoom.Missing", missing.Count, ui.Round(seating.Round), who, EmailAttribute), missing);
        }

        var csv = new Csv().Row("Pre-assign Room Name", "Email Address");
        foreach (var group in seating.Groups)
        {
            foreach (var person in seating.MembersOf(group))
            {
                csv.Row(view.NameOf(group), EmailOf(person));
            }
        }

        return csv.ToString();
    }
}
