using System.Globalization;
using Intranet.Extensions.Actions;
using Intranet.Extensions.Admin;
using Intranet.Plugins.HopeDay.Rounds;

namespace Intranet.Plugins.HopeDay.Admin;

/// <summary>
/// What the admin operations share: the role, the request's round id, and refusals in the caller's language
/// (<c>error.{Code}</c> texts, the same the cards use for <see cref="HopeDayErrors"/>).
/// </summary>
internal static class HopeDayAdmin
{
    public const string MissingField = "MissingField";
    public const string InvalidField = "InvalidField";
    public const string UnknownField = "UnknownField";
    public const string InvalidRound = "InvalidRound";
    public const string RoundExists = "RoundExists";
    public const string UnknownOrganizer = "UnknownOrganizer";
    public const string UnknownExport = "UnknownExport";

    /// <summary>A refusal whose text takes arguments.</summary>
    public static AdminResult Error(int status, string code, CultureInfo culture, params object?[] args) =>
        AdminResult.Error(status, code, HopeDayTexts.Format("error." + code, culture, args));

    /// <summary>A refusal listing every problem under a heading, one per line.</summary>
    public static AdminResult Problems(string code, CultureInfo culture, IEnumerable<string> lines) =>
        AdminResult.Error(400, code, string.Join('\n', lines.Prepend(HopeDayTexts.Get("error." + code, culture))));

    /// <summary>A refusal of the service: an unknown round or session is 404, other states 409.</summary>
    public static AdminResult From(CardActionException e, CultureInfo culture)
    {
        var key = "error." + e.Code;
        var message = HopeDayPlugin.Descriptor.Texts.Keys(culture).Contains(key) ? HopeDayTexts.Get(key, culture) : e.Message;
        var status = e.Code switch
        {
            HopeDayErrors.UnknownRound or HopeDayErrors.UnknownSession => 404,
            HopeDayErrors.NoInvitees => 400,
            _ => 409,
        };
        return AdminResult.Error(status, e.Code, message);
    }

    /// <summary>The required <c>roundId</c> (query or body); the refusal when it is missing or malformed.</summary>
    public static AdminResult? RoundId(AdminRequest request, out string roundId)
    {
        roundId = request.GetString("roundId") ?? "";
        return roundId.Length == 0 ? Error(400, MissingField, request.Culture, "roundId")
            : !HopeDayIds.IsValid(roundId) ? Error(400, InvalidField, request.Culture, "roundId")
            : null;
    }
}
