using System.Text.Json.Nodes;
using Intranet.Extensions.Admin;
using Xunit;

namespace Intranet.Extensions.Testing.Hosting;

/// <summary>Assertions on what an admin operation answered.</summary>
public static class AdminAssert
{
    /// <summary>The JSON object of a JSON answer; fails on anything else.</summary>
    public static JsonObject Json(AdminResult result) =>
        Assert.IsType<JsonObject>(Assert.IsType<AdminJsonResult>(result).Value);

    /// <summary>The error of an error answer with this status and code; fails on anything else.</summary>
    public static AdminErrorResult Error(AdminResult result, int status, string code)
    {
        var error = Assert.IsType<AdminErrorResult>(result);
        Assert.Equal((status, code), (error.StatusCode, error.Code));
        return error;
    }
}
