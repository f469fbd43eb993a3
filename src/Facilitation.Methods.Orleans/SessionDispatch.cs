using System.Globalization;
using System.Text.Json;

namespace Facilitation.Methods.Orleans;

/// <summary>Runs one named command on a session through its method's command table: what a grain and an in-process host share.</summary>
internal static class SessionDispatch
{
    /// <summary>Runs the command in the command's language (else the caller's UI culture); a refusal changes nothing and comes back as data.</summary>
    public static SessionReply Run(ISessionMethod method, IFacilitationSession session, SessionCommand command)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(command);
        if (!method.Knows(command.Name))
        {
            return Refused(session, new SessionRefusal(RejectionKind.InvalidInput, command.Name, session.Phase, $"The command {command.Name} is not in the {method.Name} command table.", session.PermittedCommands));
        }

        CultureInfo? culture = null;
        if (command.Culture is { } name)
        {
            try
            {
                culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                return Refused(session, new SessionRefusal(RejectionKind.InvalidInput, command.Name, session.Phase, $"The culture '{(name.Length > 40 ? name[..40] + "…" : name)}' is not known (use a name such as zh-CN or en).", session.PermittedCommands));
            }
        }

        // The command's language for the refusal, else the caller's: the session writes in the UI culture of the call (unless its options fix one).
        var callers = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = culture ?? callers;
            var result = method.Run(session, command);
            return new SessionReply(session.Version, session.Phase, result, null);
        }
        catch (CommandRejectedException e)
        {
            return Refused(session, SessionRefusal.From(e));
        }
        catch (Exception e) when (e is ArgumentException or JsonException)
        {
            return Refused(session, new SessionRefusal(RejectionKind.InvalidInput, command.Name, session.Phase, e.Message, session.PermittedCommands));
        }
        finally
        {
            CultureInfo.CurrentUICulture = callers;
        }
    }

    private static SessionReply Refused(IFacilitationSession session, SessionRefusal refusal) => new(session.Version, session.Phase, null, refusal);
}
