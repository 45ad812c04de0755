namespace Intranet.Extensions.Cards;

/// <summary>Text size.</summary>
public enum TextSize
{
    /// <summary>Small.</summary>
    Small,
    /// <summary>Default.</summary>
    Default,
    /// <summary>Medium.</summary>
    Medium,
    /// <summary>Large.</summary>
    Large,
    /// <summary>Extra large.</summary>
    ExtraLarge,
}

/// <summary>Text weight.</summary>
public enum TextWeight
{
    /// <summary>Lighter.</summary>
    Lighter,
    /// <summary>Default.</summary>
    Default,
    /// <summary>Bolder.</summary>
    Bolder,
}

/// <summary>Text colour, from the host's palette.</summary>
public enum TextColor
{
    /// <summary>Default.</summary>
    Default,
    /// <summary>Dark.</summary>
    Dark,
    /// <summary>Light.</summary>
    Light,
    /// <summary>Accent.</summary>
    Accent,
    /// <summary>Good (green).</summary>
    Good,
    /// <summary>Warning (amber).</summary>
    Warning,
    /// <summary>Attention (red).</summary>
    Attention,
}

/// <summary>Container style.</summary>
public enum ContainerStyle
{
    /// <summary>Default.</summary>
    Default,
    /// <summary>Emphasis.</summary>
    Emphasis,
    /// <summary>Good.</summary>
    Good,
    /// <summary>Attention.</summary>
    Attention,
    /// <summary>Warning.</summary>
    Warning,
    /// <summary>Accent.</summary>
    Accent,
}

/// <summary>Spacing above an element.</summary>
public enum Spacing
{
    /// <summary>None.</summary>
    None,
    /// <summary>Small.</summary>
    Small,
    /// <summary>Default.</summary>
    Default,
    /// <summary>Medium.</summary>
    Medium,
    /// <summary>Large.</summary>
    Large,
    /// <summary>Extra large.</summary>
    ExtraLarge,
    /// <summary>Padding.</summary>
    Padding,
}

/// <summary>Horizontal alignment.</summary>
public enum HorizontalAlignment
{
    /// <summary>Left.</summary>
    Left,
    /// <summary>Center.</summary>
    Center,
    /// <summary>Right.</summary>
    Right,
}

/// <summary>Image size.</summary>
public enum ImageSize
{
    /// <summary>Auto.</summary>
    Auto,
    /// <summary>Stretch.</summary>
    Stretch,
    /// <summary>Small.</summary>
    Small,
    /// <summary>Medium.</summary>
    Medium,
    /// <summary>Large.</summary>
    Large,
}

/// <summary>Action button style.</summary>
public enum ActionStyle
{
    /// <summary>Default.</summary>
    Default,
    /// <summary>Positive (primary).</summary>
    Positive,
    /// <summary>Destructive.</summary>
    Destructive,
}

/// <summary>How a choice set shows its choices.</summary>
public enum ChoiceSetStyle
{
    /// <summary>A drop-down.</summary>
    Compact,
    /// <summary>Radio buttons or check boxes.</summary>
    Expanded,
}
