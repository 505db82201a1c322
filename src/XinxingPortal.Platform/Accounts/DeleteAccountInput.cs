using System.ComponentModel.DataAnnotations;

namespace XinxingPortal.Platform.Accounts;

internal sealed class DeleteAccountInput
{
    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";
}
