using XinxingPortal.Abstractions.Workflow;
using System.Net.Mail;
using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Listings;
using XinxingPortal.TechTransfer.Moderation;

namespace XinxingPortal.TechTransfer.Recipes;

/// <summary>The checks every market step makes on its entries, each failing with the entry's JSON path.</summary>
internal sealed class EntryChecks(RecipeStepContext context)
{
    public const int MaxIdLength = 64;
    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>Ids appear in addresses, so they are lower-case letters, digits and '-', and unique in the step.</summary>
    public void Id(string at, string id, ISet<string> seen)
    {
        if (id.Length is 0 or > MaxIdLength || id[0] == '-' || id.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
        {
            throw context.Error(at + ".id", $"an id has lower-case letters, digits and '-' (at most {MaxIdLength})");
        }

        if (!seen.Add(id))
        {
            throw context.Error(at + ".id", $"the id '{id}' is used twice in this step");
        }
    }

    /// <summary>
    /// Every text of an entry (its strings and lists of strings) is plain: required ones are not blank, none
    /// holds HTML, and contact addresses are email addresses. Walking the record keeps a new field from being missed.
    /// </summary>
    public void Texts(string at, object entry)
    {
        foreach (var property in entry.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var path = at + "." + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            switch (property.GetValue(entry))
            {
                case string text:
                    if (text.Trim().Length == 0 && Nullability.Create(property).ReadState == NullabilityState.NotNull)
                    {
                        throw context.Error(path, "must not be empty");
                    }

                    Plain(path, text);
                    if (property.Name.EndsWith("Email", StringComparison.Ordinal) && !IsEmail(text))
                    {
                        throw context.Error(path, $"'{text}' is not an email address");
                    }

                    break;
                case IReadOnlyList<string> texts:
                    for (var i = 0; i < texts.Count; i++)
                    {
                        if (texts[i].Trim().Length == 0)
                        {
                            throw context.Error($"{path}[{i}]", "must not be empty");
                        }

                        Plain($"{path}[{i}]", texts[i]);
                    }

                    break;
            }
        }
    }

    /// <summary>Names and titles live in columns of 128 characters.</summary>
    public void Short(string path, string text, int max = 128)
    {
        if (text.Trim().Length > max)
        {
            throw context.Error(path, $"at most {max} characters");
        }
    }

    public T Name<T>(string path, string text) where T : struct, Enum =>
        EnumNames.TryRead<T>(text, out var value)
            ? value
            : throw context.Error(path, $"'{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}");

    public CooperationModes Modes(string path, IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            throw context.Error(path, "name at least one cooperation mode");
        }

        var modes = CooperationModes.None;
        for (var i = 0; i < names.Count; i++)
        {
            var mode = CooperationModeList.Each.FirstOrDefault(m => string.Equals(m.ToString(), names[i], StringComparison.OrdinalIgnoreCase));
            modes |= mode != CooperationModes.None
                ? mode
                : throw context.Error($"{path}[{i}]", $"'{names[i]}' is not one of {string.Join(", ", CooperationModeList.Each)}");
        }

        return modes;
    }

    public void Trl(string path, int? level)
    {
        if (level is < Listings.TrlScale.Min or > Listings.TrlScale.Max)
        {
            throw context.Error(path, $"a technology readiness level is between {Listings.TrlScale.Min} and {Listings.TrlScale.Max}");
        }
    }

    public void NotNegative(string path, long? yuan)
    {
        if (yuan < 0)
        {
            throw context.Error(path, "an amount in yuan is not negative");
        }
    }

    public async Task OrganisationAsync(string path, string id, IPortalDb db, CancellationToken ct)
    {
        if (!await db.Set<Organisation>().AnyAsync(o => o.Id == id, ct))
        {
            throw context.Error(path, $"there is no organisation '{id}'");
        }
    }

    /// <summary>A recipe may seed a listing in any state, but one sent back or refused says why, as a reviewer must.</summary>
    public ReviewState Status(string at, string? status, string? comment)
    {
        // Recipes keep the market's words for review states (Pending, Approved, Returned, Rejected).
        var value = status switch
        {
            null or "Approved" => ReviewState.Published,
            "Pending" => ReviewState.InReview,
            "Returned" => ReviewState.Returned,
            "Rejected" => ReviewState.Rejected,
            _ => throw context.Error(at + ".status", $"'{status}' is not one of Pending, Approved, Returned, Rejected"),
        };
        if (value is ReviewState.Returned or ReviewState.Rejected && string.IsNullOrWhiteSpace(comment))
        {
            throw context.Error(at + ".reviewComment", "a returned or rejected listing needs a review comment");
        }

        if (value is ReviewState.Published or ReviewState.InReview && comment is not null)
        {
            throw context.Error(at + ".reviewComment", "only a returned or rejected listing has a review comment");
        }

        return value;
    }

    private void Plain(string path, string text)
    {
        if (PlainTextAttribute.ContainsMarkup(text))
        {
            throw context.Error(path, "must not contain HTML");
        }
    }

    private static bool IsEmail(string text) => MailAddress.TryCreate(text, out var address) && address.Address == text && text.Contains('.', StringComparison.Ordinal);
}
