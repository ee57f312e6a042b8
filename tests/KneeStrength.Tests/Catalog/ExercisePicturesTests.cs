using System;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using KneeStrength.Catalog;

namespace KneeStrength.Tests.Catalog;

/// <summary>The built-in pictures: one for every built-in exercise, with its words, as safe, well-formed SVG.</summary>
public class ExercisePicturesTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string> ExerciseIds => [.. RunnersKnee.Catalog.Exercises.Select(e => e.Id)];

    [Fact]
    public void ExerciseIds_AreTheCatalogsInItsOrder() =>
        ExercisePictures.ExerciseIds.Should().Equal(RunnersKnee.Catalog.Exercises.Select(e => e.Id));

    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public void BuiltInExercise_HasItsPictureAsMedia(string id)
    {
        var exercise = RunnersKnee.Catalog.Exercises.Single(e => e.Id == id);
        var media = exercise.Media.Should().ContainSingle().Subject;
        media.Should().Be(ExercisePictures.GetMedia(id));
        media.Uri.OriginalString.Should().Be($"pictures/{id}.svg");
        media.Uri.IsAbsoluteUri.Should().BeFalse();
        media.MediaType.Should().Be("image/svg+xml");
        media.Licence.Should().Be("CC0-1.0");
        media.IsVideo.Should().BeFalse();
        media.AlternativeText.Length.Should().BeInRange(60, 500, "the alternative text says what the picture shows");
        ExercisePictures.ExerciseIdOf(media.Uri).Should().Be(id);
    }

    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public void GetSvg_IsWellFormedSvgWithTitleDescriptionAndNothingActive(string id)
    {
        string text = ExercisePictures.GetSvg(id)!;
        var document = XDocument.Parse(text, LoadOptions.None);
        var root = document.Root!;
        root.Name.Should().Be(Svg + "svg");
        root.Attribute("viewBox")!.Value.Should().Be("0 0 240 160");
        root.Attribute("role")!.Value.Should().Be("img");
        root.Element(Svg + "title")!.Value.Should().Be(RunnersKnee.Catalog.Exercises.Single(e => e.Id == id).Name);
        root.Element(Svg + "desc")!.Value.Should().Be(ExercisePictures.GetMedia(id)!.AlternativeText);

        // Still for reduced motion and in print; no script, no event handler, no link or external reference.
        string style = root.Element(Svg + "style")!.Value;
        style.Should().Contain("@media (prefers-reduced-motion:reduce)").And.Contain("@media print").And.Contain("animation:none");
        root.Descendants().Select(e => e.Name.LocalName).Should().NotContain(["script", "foreignObject", "a", "image", "use"]);
        root.DescendantsAndSelf().Attributes().Should().NotContain(a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal) || a.Name.LocalName == "href");
        text.Should().NotContain("url(").And.NotContain("http://www.w3.org/1999/xlink");

        // Both positions are drawn.
        root.Descendants().Should().Contain(e => (string?)e.Attribute("class") == "ks-start").And.Contain(e => (string?)e.Attribute("class") == "ks-end");
    }

    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public void GetSvgBytes_AreTheTextInUtf8WithoutByteOrderMark(string id)
    {
        byte[] bytes = ExercisePictures.GetSvgBytes(id)!;
        bytes.Take(3).Should().NotEqual(Encoding.UTF8.Preamble.ToArray());
        Encoding.UTF8.GetString(bytes).Should().Be(ExercisePictures.GetSvg(id));
        bytes[0] = 0;
        ExercisePictures.GetSvgBytes(id)![0].Should().Be((byte)'<', "each call returns a new array");
    }

    [Theory]
    [InlineData("monster-walk")]
    [InlineData("Side-Plank")]
    [InlineData("")]
    public void Get_UnknownExercise_IsNull(string id)
    {
        ExercisePictures.GetMedia(id).Should().BeNull();
        ExercisePictures.GetSvg(id).Should().BeNull();
        ExercisePictures.GetSvgBytes(id).Should().BeNull();
    }

    [Theory]
    [InlineData("https://clinic.example/pictures/side-plank.svg")]
    [InlineData("pictures/side-plank.png")]
    [InlineData("img/side-plank.svg")]
    [InlineData("pictures/monster-walk.svg")]
    [InlineData("pictures/../side-plank.svg")]
    public void ExerciseIdOf_OtherUri_IsNull(string uri) =>
        ExercisePictures.ExerciseIdOf(new Uri(uri, UriKind.RelativeOrAbsolute)).Should().BeNull();

    [Fact]
    public void Members_NullArguments_Throw()
    {
        FluentActions.Invoking(() => ExercisePictures.GetMedia(null!)).Should().Throw<ArgumentNullException>().WithParameterName("exerciseId");
        FluentActions.Invoking(() => ExercisePictures.GetSvg(null!)).Should().Throw<ArgumentNullException>().WithParameterName("exerciseId");
        FluentActions.Invoking(() => ExercisePictures.ExerciseIdOf(null!)).Should().Throw<ArgumentNullException>().WithParameterName("uri");
    }
}
