using System;
using System.Linq;

namespace KneeStrength.Tests;

public class ExerciseMediaTests
{
    private static readonly Uri Picture = new("pictures/step-up.svg", UriKind.Relative);

    [Fact]
    public void Constructor_ValidArguments_KeepsThemAndLowerCasesTheMediaType()
    {
        var media = new ExerciseMedia(new Uri("https://clinic.example/v/step-up.mp4"), "Video/MP4", "A person steps up onto a step.", "CC-BY-4.0");

        media.Uri.OriginalString.Should().Be("https://clinic.example/v/step-up.mp4");
        media.MediaType.Should().Be("video/mp4");
        media.IsVideo.Should().BeTrue();
        media.AlternativeText.Should().Be("A person steps up onto a step.");
        media.Licence.Should().Be("CC-BY-4.0");
        media.ToString().Should().Be("video/mp4 https://clinic.example/v/step-up.mp4");
        new ExerciseMedia(Picture, "image/svg+xml", "Alt.").IsVideo.Should().BeFalse();
    }

    [Theory]
    [InlineData("javascript:alert(1)", "uri", "scheme")]
    [InlineData("data:image/svg+xml,<svg/>", "uri", "scheme")]
    [InlineData("pictures/a b.svg", "uri", "no spaces")]
    [InlineData("pictures/\"a\".svg", "uri", "no spaces, quotes")]
    [InlineData("pictures/\u202ea.svg", "uri", "bidirectional")]
    public void Constructor_UnsafeUri_IsRefusedNamingTheUri(string uri, string param, string message)
    {
        var act = () => new ExerciseMedia(new Uri(uri, UriKind.RelativeOrAbsolute), "image/png", "Alt.");

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == param && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Constructor_UriTooLong_IsRefused()
    {
        var act = () => new ExerciseMedia(new Uri("pictures/" + new string('a', ExerciseMedia.MaxUriLength), UriKind.Relative), "image/png", "Alt.");

        act.Should().Throw<ArgumentException>().WithParameterName("uri").WithMessage("*1 to 2000 characters*");
    }

    [Theory]
    [InlineData("image")]
    [InlineData("image/")]
    [InlineData("/svg")]
    [InlineData("text/html")]
    [InlineData("application/pdf")]
    [InlineData("image/svg xml")]
    [InlineData("image/svg+xml; charset=utf-8")]
    public void Constructor_MediaTypeNotAPictureOrVideo_IsRefused(string type)
    {
        var act = () => new ExerciseMedia(Picture, type, "Alt.");

        act.Should().Throw<ArgumentException>().WithParameterName("mediaType").WithMessage("*not a picture's or video's media type*");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t")]
    [InlineData("\u200b")]
    public void Constructor_BlankAlternativeText_IsRefused(string text)
    {
        var act = () => new ExerciseMedia(Picture, "image/svg+xml", text);

        act.Should().Throw<ArgumentException>().WithParameterName("alternativeText");
    }

    [Fact]
    public void Constructor_LongAlternativeTextOrLicence_IsRefused()
    {
        FluentActions.Invoking(() => new ExerciseMedia(Picture, "image/svg+xml", new string('a', 501)))
            .Should().Throw<ArgumentException>().WithParameterName("alternativeText");
        FluentActions.Invoking(() => new ExerciseMedia(Picture, "image/svg+xml", "Alt.", new string('a', 101)))
            .Should().Throw<ArgumentException>().WithParameterName("licence");
    }

    [Fact]
    public void Equality_ComparesEveryComponent()
    {
        var media = new ExerciseMedia(Picture, "image/svg+xml", "Alt.", "MIT");

        EqualityAssertions.ShouldBeEqualByValue(media, new ExerciseMedia(new Uri("pictures/step-up.svg", UriKind.Relative), "IMAGE/SVG+XML", "Alt.", "MIT"));
        EqualityAssertions.ShouldBeUnequalByValue(media, new ExerciseMedia(new Uri("pictures/other.svg", UriKind.Relative), "image/svg+xml", "Alt.", "MIT"));
        EqualityAssertions.ShouldBeUnequalByValue(media, new ExerciseMedia(Picture, "image/png", "Alt.", "MIT"));
        EqualityAssertions.ShouldBeUnequalByValue(media, new ExerciseMedia(Picture, "image/svg+xml", "Other.", "MIT"));
        EqualityAssertions.ShouldBeUnequalByValue(media, new ExerciseMedia(Picture, "image/svg+xml", "Alt."));
    }

    [Fact]
    public void Exercise_KeepsMediaInOrderAndComparesThem()
    {
        var first = new ExerciseMedia(Picture, "image/svg+xml", "Alt.");
        var second = new ExerciseMedia(new Uri("https://clinic.example/v.mp4"), "video/mp4", "Video.");
        var exercise = TestModel.Exercise(media: [first, second]);

        exercise.Media.Should().Equal(first, second);
        TestModel.Exercise().Media.Should().BeEmpty();
        EqualityAssertions.ShouldBeUnequalByValue(exercise, TestModel.Exercise(media: [second, first]));
    }

    [Fact]
    public void Exercise_SameUriTwiceOrTooManyMedia_IsRefused()
    {
        var media = new ExerciseMedia(Picture, "image/svg+xml", "Alt.");

        FluentActions.Invoking(() => TestModel.Exercise(media: [media, new ExerciseMedia(Picture, "image/png", "Other.")]))
            .Should().Throw<ArgumentException>().WithParameterName("media").WithMessage("Media URI 'pictures/step-up.svg' is listed twice.*");
        FluentActions.Invoking(() => TestModel.Exercise(media: Enumerable.Range(0, 11).Select(i => new ExerciseMedia(new Uri($"p/{i}.svg", UriKind.Relative), "image/svg+xml", "Alt."))))
            .Should().Throw<ArgumentException>().WithParameterName("media").WithMessage("*at most 10*");
    }
}
