using Spectre.Console;

namespace KneeStrength.Cli.Views;

/// <summary>The one table style of the sample.</summary>
internal static class Tables
{
    public static Table Create(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Rounded).BorderStyle(new Style(Color.Grey));
        foreach (string header in headers)
        {
            table.AddColumn(new TableColumn(new Spectre.Console.Text(header, new Style(decoration: Decoration.Bold))));
        }

        return table;
    }

    /// <summary>Plain text, never read as markup, so names with brackets print as they are.</summary>
    public static Spectre.Console.Text Plain(string text, Style? style = null) => new(text, style ?? Style.Plain);

    public static Style Dim { get; } = new(Color.Grey);

    public static Style Bold { get; } = new(decoration: Decoration.Bold);

    public static Style Alert { get; } = new(Color.Red, decoration: Decoration.Bold);

    public static Style Heading { get; } = new(Color.Aqua, decoration: Decoration.Bold);
}
