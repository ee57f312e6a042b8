using System.Collections.Generic;
using System.Linq;

namespace KneeStrength.Cli.Tests;

/// <summary>
/// Reads the rows back out of a rounded Spectre table printed as plain text. A row that wrapped over several lines
/// comes back as one, its cell pieces joined by single spaces (or by <c>|</c> for lines the app broke on purpose,
/// which cannot be told apart from wrapping; tests say which they expect).
/// </summary>
public static class TableText
{
    /// <summary>
    /// The rows of the <paramref name="index"/>th table in <paramref name="lines"/>, header first. Rows are told
    /// apart by row separators when the table has them, else by a non-empty first cell.
    /// </summary>
    public static List<string[]> Rows(IReadOnlyList<string> lines, int index = 0, string joiner = " ")
    {
        int top = lines.Select((line, i) => (line, i)).Where(x => x.line.StartsWith('╭')).Select(x => x.i).ElementAt(index);
        var blocks = new List<List<string[]>> { new() };
        for (int i = top + 1; !lines[i].StartsWith('╰'); i++)
        {
            string line = lines[i];
            if (line.StartsWith('├'))
            {
                blocks.Add([]);
                continue;
            }

            line.Should().StartWith("│").And.EndWith("│", $"line {i} is inside a table");
            blocks[^1].Add(line[1..^1].Split('│').Select(c => c.Trim()).ToArray());
        }

        var rows = new List<string[]>();
        bool separated = blocks.Count > 2;
        foreach (var block in blocks)
        {
            string[]? row = null;
            foreach (var cells in block)
            {
                if (row is null || (!separated && cells[0].Length > 0))
                {
                    row = cells;
                    rows.Add(row);
                    continue;
                }

                for (int c = 0; c < cells.Length; c++)
                {
                    if (cells[c].Length > 0)
                    {
                        row[c] = row[c].Length == 0 ? cells[c] : $"{row[c]}{joiner}{cells[c]}";
                    }
                }
            }
        }

        return rows;
    }
}
