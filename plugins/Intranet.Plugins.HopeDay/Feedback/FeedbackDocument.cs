namespace Intranet.Plugins.HopeDay.Feedback;

/// <summary>
/// One answer, stored at <c>hopeday/feedback/{round}/{random id}</c>. It holds no person id: the person's
/// registration only records that they answered, so organisers (and the report) cannot tell who wrote what.
/// </summary>
internal sealed record FeedbackDocument(string SessionId, int Rating, string Comment, DateOnly SubmittedOn);
