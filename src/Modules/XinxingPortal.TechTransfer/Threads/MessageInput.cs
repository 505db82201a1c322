using System.ComponentModel.DataAnnotations;

namespace XinxingPortal.TechTransfer.Threads;

/// <summary>One message in an expression-of-interest thread, the first one included.</summary>
internal sealed class MessageInput
{
    public const int MaxLength = 4000;

    [Required(ErrorMessage = "Write a message.")]
    [StringLength(MaxLength, ErrorMessage = "A message has at most 4,000 characters.")]
    [PlainText(ErrorMessage = "The message must not contain HTML.")]
    public string Body { get; set; } = "";
}
