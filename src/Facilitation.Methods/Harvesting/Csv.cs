using System.Text;

namespace Facilitation.Methods.Harvesting;

/// <summary>The one CSV writer every export uses: RFC 4180 quoting, CRLF line ends, a UTF-8 byte-order mark so Excel on Chinese Windows reads UTF-8, and the spreadsheet formula guard.</summary>
/// <remarks>
/// The guard follows OWASP's advice on CSV injection: a field that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a
/// carriage return gets a leading apostrophe, so a note like <c>=HYPERLINK(…)</c> is shown as text and never runs as a formula.
/// </remarks>
internal sealed class Csv
{
    /// <summary>The byte-order mark the text starts with; write the text with an encoding that does not add a second one.</summary>
    public const char ByteOrderMark = '\uFEFF';

    private readonly StringBuilder _text = new(ByteOrderMark.ToString());

    /// <summary>Appends one row.</summary>
    /// <param name="fields">The fields; null is an empty field.</param>
    /// <returns>This writer.</returns>
    public Csv Row(params IEnumerable<string?> fields)
    {
        _text.AppendJoin(',', fields.Select(Field)).Append("\r\n");
        return this;
    }

    /// <inheritdoc/>
    public override string ToString() => _text.ToString();

    /// <summary>Guards and quotes one field.</summary>
    /// <param name="field">The field's text, or null.</param>
    /// <returns>The field as it goes into the file.</returns>
    public static string Field(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return string.Empty;
        }

        if (field[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            field = "'" + field;
        }

        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
