namespace XinxingPortal.TechTransfer.Organisations;

/// <summary>What a rejected organisation may correct before asking to be verified again; its credit code stays.</summary>
internal sealed class ResubmitInput : OrganisationDetailsInput;
