using System.Globalization;

namespace XinxingPortal.Abstractions.Email;

/// <summary>
/// Mail in the recipient's language: the message is composed while the UI culture is the recipient's, so every
/// localizer the composer touches answers in that language, whatever language the request that sent it spoke.
/// </summary>
public static class CultureMail
{
    public static void EnqueueIn(this IEmailOutbox outbox, string culture, Func<EmailMessage> compose) =>
        outbox.Enqueue(ComposeIn(culture, compose));

    /// <summary>Runs <paramref name="compose"/> with the UI culture set to <paramref name="culture"/>, and restores it.</summary>
    public static T ComposeIn<T>(string culture, Func<T> compose)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(string.IsNullOrEmpty(culture) ? "zh-CN" : culture);
        try
        {
            return compose();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
