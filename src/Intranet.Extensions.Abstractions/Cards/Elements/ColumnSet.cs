namespace Intranet.Extensions.Cards;

/// <summary>Columns side by side.</summary>
public sealed class ColumnSet : CardElement
{
    /// <summary>The columns.</summary>
    public List<Column> Columns { get; set; } = [];

    /// <summary>Background style.</summary>
    public ContainerStyle? Style { get; set; }
}

/// <summary>A column of a <see cref="ColumnSet"/>.</summary>
public sealed class Column
{
    /// <summary>Always <c>Column</c>.</summary>
    public string Type => "Column";

    /// <summary><c>auto</c>, <c>stretch</c>, a weight such as <c>2</c>, or pixels such as <c>50px</c>.</summary>
    public string? Width { get; set; }

    /// <summary>The column's elements.</summary>
    public List<CardElement> Items { get; set; } = [];

    /// <summary>Vertical alignment of the content: <c>top</c>, <c>center</c> or <c>bottom</c>.</summary>
    public string? VerticalContentAlignment { get; set; }
}
