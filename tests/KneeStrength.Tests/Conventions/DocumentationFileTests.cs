using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;

namespace KneeStrength.Tests.Conventions;

/// <summary>The XML documentation file the package ships documents the public API, and nothing else.</summary>
public class DocumentationFileTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Assembly Library = typeof(Dosage).Assembly;

    private static readonly string[] MemberIds =
        [.. XDocument.Load(Path.ChangeExtension(Library.Location, ".xml")).Descendants("member").Select(m => (string)m.Attribute("name")!)];

    [Fact]
    public void DocumentationFile_Always_DocumentsTheModel() =>
        MemberIds.Should().Contain(["T:KneeStrength.Dosage", "M:KneeStrength.Text.DosagePattern.Parse(System.String,KneeStrength.Exercise)"]);

    [Fact]
    public void DocumentationFile_Always_DocumentsOnlyWhatIsVisibleOutsideTheAssembly() =>
        MemberIds.Where(id => !IsVisible(id)).Should().BeEmpty("internal and private members are documented with // comments, which stay out of the package");

    [Fact]
    public void IsVisible_InternalMembers_AreCaught()
    {
        // The check must be able to fail: these are internal or private.
        IsVisible("T:KneeStrength.Preconditions").Should().BeFalse();
        IsVisible("M:KneeStrength.Dosage.WithLaterality(KneeStrength.Laterality)").Should().BeFalse();
        IsVisible("P:KneeStrength.Dosage.HoldEachSeconds").Should().BeFalse();
        IsVisible("P:KneeStrength.Dosage.HoldEachRepetition").Should().BeTrue();
    }

    private static bool IsVisible(string id)
    {
        char kind = id[0];
        string name = id[2..];
        if (kind == 'T')
        {
            return FindType(name) is { IsVisible: true };
        }

        int paren = name.IndexOf('(', StringComparison.Ordinal);
        string path = paren < 0 ? name : name[..paren];
        int parameters = paren < 0 ? 0 : CountParameters(name[(paren + 1)..^1]);
        int dot = path.LastIndexOf('.');
        var type = FindType(path[..dot]);
        string member = path[(dot + 1)..];
        int generic = member.IndexOf("``", StringComparison.Ordinal);
        member = generic < 0 ? member : member[..generic];
        if (type is not { IsVisible: true })
        {
            return false;
        }

        return kind switch
        {
            'M' when member == "#ctor" => type.GetConstructors(Declared).Any(c => (c.IsPublic || c.IsFamily || c.IsFamilyOrAssembly) && c.GetParameters().Length == parameters),
            'M' => type.GetMethods(Declared).Any(m => m.Name == member && (m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly) && m.GetParameters().Length == parameters),
            'P' => type.GetProperties(Declared).Any(p => p.Name == member && p.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly)),
            'F' => type.GetFields(Declared).Any(f => f.Name == member && (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly)),
            'E' => type.GetEvents(Declared).Any(e => e.Name == member && e.AddMethod is { IsPublic: true }),
            _ => false,
        };
    }

    /// <summary>Finds a type by its documentation name, where nested types are joined by dots rather than plus signs.</summary>
    private static Type? FindType(string name)
    {
        var type = Library.GetType(name);
        for (int dot = name.LastIndexOf('.'); type is null && dot > 0; dot = name.LastIndexOf('.', dot - 1))
        {
            name = name[..dot] + "+" + name[(dot + 1)..];
            type = Library.GetType(name);
        }

        return type;
    }

    private static int CountParameters(string list)
    {
        if (list.Length == 0)
        {
            return 0;
        }

        int count = 1, depth = 0;
        foreach (char c in list)
        {
            depth += c is '{' or '[' ? 1 : c is '}' or ']' ? -1 : 0;
            count += c == ',' && depth == 0 ? 1 : 0;
        }

        return count;
    }
}
