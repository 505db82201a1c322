namespace XinxingPortal.OpenLab.Booking;

/// <summary>A booking rule a request breaks: the form field it concerns and a msgid with its arguments.</summary>
internal sealed record RuleBreach(string Field, string Message, params object[] Arguments);
