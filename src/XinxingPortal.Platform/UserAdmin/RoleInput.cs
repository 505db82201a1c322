using System.ComponentModel.DataAnnotations;

namespace XinxingPortal.Platform.UserAdmin;

internal sealed class RoleInput
{
    [Required(ErrorMessage = "Enter a role name.")]
    [RegularExpression("^[A-Za-z][A-Za-z0-9_-]{1,63}$", ErrorMessage = "A role name has 2 to 64 letters, digits, _ or -, starting with a letter.")]
    public string Name { get; set; } = "";

    [StringLength(200, ErrorMessage = "A description has at most 200 characters.")]
    public string? Description { get; set; }

    public List<string> Permissions { get; set; } = [];
}
