namespace XinxingPortal.Platform.Email;

/// <summary><c>Portal:Smtp</c>. With no host, mail is written as .eml files under the tenant's App_Data folder.</summary>
internal sealed class SmtpOptions
{
    public string Host { get; set; } = "";
    public int Port { get; set; } = 25;
    public bool UseTls { get; set; }
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
    public string From { get; set; } = "noreply@xinxing.example";
    public string FromName { get; set; } = "新星市科学技术局";
}
