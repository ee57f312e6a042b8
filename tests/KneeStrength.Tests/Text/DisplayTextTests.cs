using System;
using System.Linq;
using CsCheck;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;
using KneeStrength.Text;

namespace KneeStrength.Tests.Text;

public class DisplayTextTests
{
    /// <summary>One character of each class a display text may not hold, and the phrase that names it.</summary>
    public static TheoryData<string, string> Forbidden => new()
    {
        { "\u0000", "holds a control character (U+0000) at position 4" },
        { "\u001B", "holds a control character (U+001B) at position 4" },
        { "\t", "holds a control character (U+0009) at position 4" },
        { "\n", "holds a control character (U+000A) at position 4" },
        { "\r", "holds a control character (U+000D) at position 4" },
        { "\u007F", "holds a control character (U+007F) at position 4" },
        { "\u0085", "holds a control character (U+0085) at position 4" },
        { "\u009B", "holds a control character (U+009B) at position 4" },
        { "\u200E", "holds a bidirectional control character (U+200E) at position 4" },
        { "\u202E", "holds a bidirectional control character (U+202E) at position 4" },
        { "\u2066", "holds a bidirectional control character (U+2066) at position 4" },
        { "\u2069", "holds a bidirectional control character (U+2069) at position 4" },
        { "\u061C", "holds a bidirectional control character (U+061C) at position 4" },
        { "\uFFFE", "holds a noncharacter (U+FFFE) at position 4" },
        { "\uFFFF", "holds a noncharacter (U+FFFF) at position 4" },
        { "\uFDD0", "holds a noncharacter (U+FDD0) at position 4" },
        { "\U0001FFFF", "holds a noncharacter (U+1FFFF) at position 4" },
        { "\u2028", "holds a line or paragraph separator (U+2028) at position 4" },
        { "\u2029", "holds a line or paragraph separator (U+2029) at position 4" },
        { "\ud800", "holds a lone surrogate (U+D800) at position 4" },
        { "\udc00", "holds a lone surrogate (U+DC00) at position 4" },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void FindProblem_ForbiddenCharacter_NamesItAndWhere(string character, string problem) =>
        DisplayText.FindProblem("Knee" + character + "s").Should().Be(problem);

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\uFEFF")]
    [InlineData(" \u00A0\u3000 ")]
    [InlineData("\u200B \u2060\u00AD")]
    [InlineData("\U000E0001\U000E0041")]
    [InlineData("\u3164")]
    [InlineData("\u2800\u2800")]
    [InlineData("\u115F\u1160 \uFFA0")]
    public void FindProblem_OnlyInvisibleCharacters_HasNoVisibleCharacter(string text) =>
        DisplayText.FindProblem(text).Should().Be("has no visible character");

    [Theory]
    [InlineData("Knee")]
    [InlineData("😀")]
    [InlineData("e\u0301 with a combining accent")]
    [InlineData("Knie\u00A0&\u200Bhüfte; 日本")]
    [InlineData("\u2800 knee \u3164")]
    public void FindProblem_VisibleText_IsNull(string text) => DisplayText.FindProblem(text).Should().BeNull();

    [Theory]
    [InlineData("band", "'band'")]
    [InlineData("a\nb", @"'a\nb'")]
    [InlineData("a\r\nb\tc", @"'a\r\nb\tc'")]
    [InlineData("\u001B[2J", @"'\u001B[2J'")]
    [InlineData("evil\u202Etxt.exe", @"'evil\u202Etxt.exe'")]
    [InlineData("C:\\dir", @"'C:\\dir'")]
    [InlineData("😀", "'😀'")]
    [InlineData(null, "null")]
    public void Quote_Text_IsOneVisibleLine(string? text, string quoted) => DisplayText.Quote(text).Should().Be(quoted);

    [Fact]
    public void Quote_LoneSurrogate_IsEscaped() => DisplayText.Quote("\ud800x\udc00").Should().Be(@"'\uD800x\uDC00'");

    [Fact]
    public void Quote_LongText_IsClippedAtFortyCharacters()
    {
        DisplayText.Quote(new string('a', 40)).Should().Be($"'{new string('a', 40)}'");
        DisplayText.Quote(new string('a', 41)).Should().Be($"'{new string('a', 37)}...'");
        DisplayText.Quote(string.Concat(Enumerable.Repeat("😀", 41))).Should().Be($"'{string.Concat(Enumerable.Repeat("😀", 37))}...'", "a surrogate pair is one character");
        DisplayText.Quote(new string('a', 300), 240).Should().HaveLength(242);
    }

    [Fact]
    public void QuoteAndEscapeControls_AnyText_HoldNothingADisplayTextMayNot() =>
        Gen.String[Gen.Char, 0, 80].Sample(text =>
        {
            string quoted = DisplayText.Quote(text);
            DisplayText.FindProblem(quoted).Should().BeNull();
            DisplayText.FindProblem("x" + DisplayText.EscapeControls(text)).Should().BeNull();
        }, iter: 20_000);

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void ModelTexts_ForbiddenCharacter_AreRefusedNamingTheParameter(string character, string problem)
    {
        string bad = "Knee" + character + "s";
        string message = $"Value {problem}; a display text may hold no control, bidirectional or separator characters.*";
        FluentActions.Invoking(() => new Equipment("foam", bad)).Should().Throw<ArgumentException>().WithParameterName("name").WithMessage(message);
        FluentActions.Invoking(() => TestModel.Routine(name: bad)).Should().Throw<ArgumentException>().WithParameterName("name").WithMessage(message);
        FluentActions.Invoking(() => TestModel.Exercise(name: bad)).Should().Throw<ArgumentException>().WithParameterName("name").WithMessage(message);
        FluentActions.Invoking(() => TestModel.Variation(reason: bad)).Should().Throw<ArgumentException>().WithParameterName("reason").WithMessage(message);
        FluentActions.Invoking(() => TestModel.Exercise(cues: ["Fine.", bad])).Should().Throw<ArgumentException>().WithParameterName("cues")
            .WithMessage($"Cue 1 {problem}; a display text may hold no control, bidirectional or separator characters.*");
    }

    [Fact]
    public void ModelTexts_InvisibleOnly_AreRefused() =>
        FluentActions.Invoking(() => new Equipment("foam", "\u200B\uFEFF"))
            .Should().Throw<ArgumentException>().WithParameterName("name")
            .WithMessage("Value has no visible character; a display text may hold no control, bidirectional or separator characters.*");

    [Fact]
    public void ModelTexts_LengthInCharacters_CountsASurrogatePairOnce()
    {
        new Equipment("foam", string.Concat(Enumerable.Repeat("😀", 100))).Name.Should().HaveLength(200);
        FluentActions.Invoking(() => new Equipment("foam", string.Concat(Enumerable.Repeat("😀", 101))))
            .Should().Throw<ArgumentException>().WithMessage("Value must be at most 100 characters long; it was 101.*");
    }

    [Fact]
    public void ReadRoutine_ControlCharacterInName_IsRefusedAtItsJsonPath()
    {
        string json = KneeJson.WriteRoutine(KneeStrength.Catalog.RunnersKnee.Routine)
            .Replace("\"name\": \"Knee strengthening for runners\"", "\"name\": \"Knee\\u001b[2J\"", StringComparison.Ordinal);

        var read = () => KneeJson.ReadRoutine(json);

        read.Should().Throw<KneeJsonException>().Where(e => e.Path == "$.name")
            .WithMessage("Value holds a control character (U+001B) at position 4; a display text may hold no control, bidirectional or separator characters. (at $.name, line 4, column 11)");
    }

    [Fact]
    public void ReadRoutine_StrangeMemberName_IsQuotedInTheProblemAndThePath()
    {
        string json = KneeJson.WriteRoutine(KneeStrength.Catalog.RunnersKnee.Routine)
            .Replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"it's\\u001b[2J\\nnew\": 0,", StringComparison.Ordinal);

        var read = () => KneeJson.ReadRoutine(json);

        var error = read.Should().Throw<KneeJsonException>().Which;
        error.Path.Should().Be(@"$['it\'s\u001B[2J\nnew']");
        error.Message.Should().StartWith(@"Unknown member 'it's\u001B[2J\nnew'; the members here are ");
        DisplayText.FindProblem(error.Message).Should().BeNull();
    }

    [Theory]
    [InlineData("a\nb")]
    [InlineData("\u001B[2J")]
    [InlineData("x\u202Ey")]
    public void Messages_StrangeOutsideText_StayOneWordedLine(string strange)
    {
        string[] messages =
        [
            Capture(() => new Equipment(strange, "Foam roller")),
            EquipmentSet.Parse("band," + strange).Message!,
            Dosage.Parse("10 reps !" + strange).Message!,
            ScheduleRule.Parse("FREQ=" + strange).Message!,
            Capture(() => KeyNotFound(strange)),
        ];

        messages[0].Should().Contain("is not a valid id");
        messages[1].Should().StartWith("Unknown equipment ");
        foreach (string message in messages)
        {
            message.Should().NotContainAny("\n", "\r", "\u001B", "\u202E").And.Contain(DisplayText.Quote(strange).Trim('\'')[..2]);
        }
    }

    private static string KeyNotFound(string id) => new ExerciseCatalog([]).Get(id).Name;

    private static string Capture(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e)
        {
            return e.Message;
        }

        throw new InvalidOperationException("Expected an exception.");
    }

    private static string Capture(Func<object> action) => Capture(() => { _ = action(); });
}
