using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using System.ComponentModel.DataAnnotations;

namespace XinxingPortal.Platform.Tenants;

internal sealed class CreateTenantInput
{
    /// <summary>The recipes a new tenant can be set up from; set by the controller, never bound from a post.</summary>
    [BindNever, ValidateNever]
    public IReadOnlyList<string> Recipes { get; set; } = [];

    [Required(ErrorMessage = "Enter a name.")]
    [RegularExpression("^[A-Za-z][A-Za-z0-9_-]{0,31}$", ErrorMessage = "A name starts with a letter and has up to 32 letters, digits, '-' or '_'.")]
    public string Name { get; set; } = "";

    [RegularExpression("^[a-z0-9][a-z0-9-]{0,31}$", ErrorMessage = "A prefix has lower-case letters, digits and '-'.")]
    public string? RequestUrlPrefix { get; set; }

    public string? RequestUrlHost { get; set; }

    [Required(ErrorMessage = "Choose a recipe.")]
    public string RecipeName { get; set; } = "blank";

    public DatabaseProvider DatabaseProvider { get; set; } = DatabaseProvider.Sqlite;

    public string? ConnectionString { get; set; }

    [Required(ErrorMessage = "Enter the administrator's user name.")]
    public string AdminUserName { get; set; } = "admin";

    [Required(ErrorMessage = "Enter the administrator's email.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    public string AdminEmail { get; set; } = "";

    [Required(ErrorMessage = "Enter the administrator's password.")]
    [DataType(DataType.Password)]
    public string AdminPassword { get; set; } = "";

    public TenantSettings ToSettings() => new()
    {
        Name = Name,
        RequestUrlPrefix = RequestUrlPrefix ?? "",
        RequestUrlHosts = string.IsNullOrWhiteSpace(RequestUrlHost) ? [] : [RequestUrlHost.Trim()],
        RecipeName = RecipeName,
        DatabaseProvider = DatabaseProvider,
        ConnectionString = ConnectionString ?? "",
    };
}
