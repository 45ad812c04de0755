namespace Intranet.Plugins.Manuals.Import;

/// <summary>Codes of <see cref="ManualImportError"/>; each has an <c>import.{Code}</c> text in both languages.</summary>
internal static class ImportCodes
{
    public const string NoFiles = "NoFiles";
    public const string MissingFrontMatter = "MissingFrontMatter";
    public const string UnexpectedFrontMatter = "UnexpectedFrontMatter";
    public const string FrontMatterSyntax = "FrontMatterSyntax";
    public const string UnknownField = "UnknownField";
    public const string DuplicateField = "DuplicateField";
    public const string MissingField = "MissingField";
    public const string InvalidId = "InvalidId";
    public const string InvalidDate = "InvalidDate";
    public const string InvalidNumber = "InvalidNumber";
    public const string InvalidChoice = "InvalidChoice";
    public const string TooLong = "TooLong";
    public const string ContentOutsideArea = "ContentOutsideArea";
    public const string TaskOutsideArea = "TaskOutsideArea";
    public const string SectionOutsideTask = "SectionOutsideTask";
    public const string NoAreas = "NoAreas";
    public const string EmptyArea = "EmptyArea";
    public const string EmptyTask = "EmptyTask";
    public const string MissingTitle = "MissingTitle";
    public const string InvalidKey = "InvalidKey";
    public const string DuplicateKey = "DuplicateKey";
    public const string TooManyTasks = "TooManyTasks";
    public const string InvalidJson = "InvalidJson";
}
