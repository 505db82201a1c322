using netDumbster.smtp;

namespace XinxingPortal.Tests.Shared;

/// <summary>What the SMTP sink has received so far, read safely while mail is still arriving.</summary>
internal static class SmtpSnapshot
{
    /// <summary>
    /// netDumbster 3.1.1 sizes its snapshot array from its bag's count and then walks the bag; a message that lands
    /// between the two throws <see cref="IndexOutOfRangeException"/> (it failed two CI runs). The sink is not wrong,
    /// only the read raced, so the read is taken again.
    /// </summary>
    public static IReadOnlyList<SmtpMessage> Received(this SimpleSmtpServer server)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return server.ReceivedEmail;
            }
            catch (IndexOutOfRangeException) when (attempt < 50)
            {
                // Raced with a message arriving: read again.
            }
        }
    }
}
