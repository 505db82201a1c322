using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Policies.Data;
using XinxingPortal.Policies.Documents;

namespace XinxingPortal.Policies.Recipes;

/// <summary>Checks a recipe's document entry field by field and turns it into a document version.</summary>
internal static partial class PolicyEntryReader
{
    private const int MaxKeywords = 5;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex Slug();

    public static async Task<PolicyDocument> ReadAsync(
        PolicyEntry e, IReadOnlyList<string> cultures, IPortalDb db, Func<(string Path, string Reason), Exception> fail, CancellationToken ct)
    {
        if (!cultures.Contains(e.Culture))
        {
            throw fail((".culture", $"'{e.Culture}' is not one of the site's cultures ({string.Join(", ", cultures)})"));
        }

        if (!Enum.TryParse<DocumentType>(e.Type, ignoreCase: true, out var type) || int.TryParse(e.Type, out _))
        {
            throw fail((".type", $"'{e.Type}' is not policy, notice or interpretation"));
        }

        var validity = Validity.Valid;
        if (e.Validity is not null && (!Enum.TryParse(e.Validity, ignoreCase: true, out validity) || int.TryParse(e.Validity, out _)))
        {
            throw fail((".validity", $"'{e.Validity}' is not valid, amended, repealed or expired"));
        }

        if (!Slug().IsMatch(e.Slug))
        {
            throw fail((".slug", "a slug has lower-case letters, digits and '-'"));
        }

        if (e.DocumentNumber is { } number && !DocumentNumber.IsValid(number))
        {
            throw fail((".documentNumber", $"'{number}' is not a document number like 师市办发〔2022〕12号"));
        }

        if (e.Keywords is { Count: > MaxKeywords })
        {
            throw fail((".keywords", $"at most {MaxKeywords} keywords"));
        }

        if (e.IndexNumber is { } index && !IndexNumberIssuer.Format().IsMatch(index))
        {
            throw fail((".indexNumber", $"'{index}' is not an index number like 11659004MB1911842X/2022-00012"));
        }

        if (e.Topic is { } topic && !await db.Set<Topic>().AnyAsync(t => t.Code == topic, ct))
        {
            throw fail((".topic", $"unknown topic '{topic}'"));
        }

        if (type == DocumentType.Interpretation && e.Interprets is null)
        {
            throw fail((".interprets", "an interpretation must name the policy it explains"));
        }

        if (e.Interprets is { } policy && !await db.Set<PolicyDocument>().AnyAsync(d => d.LocalizationSet == policy && d.Type == DocumentType.Policy, ct))
        {
            throw fail((".interprets", $"there is no policy '{policy}'"));
        }

        return new PolicyDocument
        {
            LocalizationSet = e.LocalizationSet ?? e.ContentItemId,
            Culture = e.Culture,
            Type = type,
            Slug = e.Slug,
            DisplayText = e.Title,
            IssuingAgency = e.IssuingAgency,
            WrittenOn = e.WrittenOn,
            DocumentNumber = e.DocumentNumber,
            TopicCode = e.Topic,
            Keywords = string.Join(",", e.Keywords ?? []),
            Validity = validity,
            ValidityChangedOn = e.ValidityChangedOn,
            ReplacedBy = e.ReplacedBy,
            Interprets = e.Interprets,
            Body = e.Body,
            ChangeNote = e.ChangeNote,
            MajorRevision = e.ChangeNote is not null,
        };
    }
}
